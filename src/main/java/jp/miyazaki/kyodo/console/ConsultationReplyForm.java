package jp.miyazaki.kyodo.console;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A staff answer typed in the inbox: short enough to read on a phone in one LINE bubble. */
public record ConsultationReplyForm(
        @NotBlank(message = "回答を入力してください")
        @Size(max = 500, message = "回答は500文字以内にしてください") String text) {
}
