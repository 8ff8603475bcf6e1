package jp.miyazaki.kyodo.line;

import com.linecorp.bot.parser.SignatureValidator;

/**
 * The SDK's validator throws on a signature that is not Base64 instead of answering false; this one answers
 * false, so every malformed signature is refused the same way as a wrong one, before the body is read.
 */
final class StrictSignatureValidator implements SignatureValidator {

    private final SignatureValidator delegate;

    StrictSignatureValidator(SignatureValidator delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean validateSignature(byte[] content, String headerSignature) {
        try {
            return delegate.validateSignature(content, headerSignature);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
