package jp.miyazaki.kyodo.nlu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Prints how well the NLU understands the held-out evaluation set, plus k-fold cross-validation over the training
 * phrases. Run with {@code ./mvnw -q test-compile exec:java@nlu-eval}.
 */
public final class NluEvaluation {

    private static final int FOLDS = 5;

    private NluEvaluation() {
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        Path dialogs = Path.of(args.length > 0 ? args[0] : "dialogs");
        MorphologicalAnalyzer analyzer = MorphologicalAnalyzer.withUserDictionary(dialogs.resolve("user-dictionary.csv"));
        List<IntentPhrases> intents = IntentPhrases.load(dialogs.resolve("intents.yml"));
        EntityVocabulary vocabulary = EntityVocabulary.load(dialogs.resolve("entities.yml"));
        analyzer.tokenize("ウォームアップ");
        long started = System.nanoTime();
        NaturalLanguageUnderstanding nlu =
                NaturalLanguageUnderstanding.train(intents, vocabulary, analyzer, NluProperties.DEFAULT_THRESHOLD);
        double trainingMs = (System.nanoTime() - started) / 1e6;
        EvaluationSet set = EvaluationSet.load();
        EvaluationReport report = new EvaluationReport(set, nlu);

        System.out.printf("NLU evaluation on %s (%d utterances, reference time %s)%n", EvaluationSet.FILE,
                set.examples().size(), EvaluationSet.REFERENCE_TIME);
        System.out.printf("training: %d phrases, %.0f ms, temperature %.2f, fallback threshold %.2f%n%n",
                intents.stream().mapToInt(i -> i.phrases().size()).sum(), trainingMs, nlu.temperature(),
                nlu.threshold());
        System.out.printf("intent accuracy            %.3f%n", report.intentAccuracy());
        System.out.printf("slot accuracy (all slots)  %.3f%n", report.slotAccuracy());
        System.out.printf("out-of-scope false-positive rate  %.3f%n", report.outOfScopeFalsePositiveRate());
        System.out.printf("in-scope answered as fallback     %.3f%n", report.inScopeRejectionRate());
        System.out.printf("intent accuracy on dialect %.3f, kana-only %.3f, typos %.3f%n%n",
                report.accuracyForTag("dialect"), report.accuracyForTag("kana"), report.accuracyForTag("typo"));
        List<EnglishFigures> english = englishFigures(dialogs, nlu);
        printBeside(report, english);
        OutOfScopeCorpus corpus = OutOfScopeCorpus.load();
        List<OutOfScopeCorpus.Claimed> claimed = corpus.claimed(nlu);
        System.out.printf("out-of-scope corpus %s: %d of %d sentences claimed by an intent, false positives %.3f%n",
                OutOfScopeCorpus.FILE, claimed.size(), corpus.sentences().size(),
                claimed.size() / (double) corpus.sentences().size());
        claimed.forEach(c -> System.out.printf("  %s -> %s %.2f%n", c.sentence(), c.understanding().intent().name(),
                c.understanding().intent().confidence()));
        System.out.println();
        printClarification(report, claimed, IntentLabels.load(dialogs.resolve("intents.yml")));

        System.out.println("slot        accuracy   expected  found-right  spurious");
        for (EvaluationReport.SlotScore s : report.slotScores()) {
            System.out.printf("%-10s  %.3f      %4d      %4d         %4d%n", s.slot(), s.accuracy(), s.expected(),
                    s.expectedFound(), s.spurious());
        }
        System.out.println();
        printPerIntent(report);
        printConfusion(report);
        printErrors(report);
        crossValidate(intents, vocabulary, analyzer);
        if (EnglishUnderstanding.presentIn(dialogs)) {
            crossValidateEnglish(dialogs);
        }
        for (EnglishFigures figures : english) {
            System.out.println();
            System.out.printf("English, %s:%n", figures.file());
            printErrors(figures.report());
        }
    }

    /** Stratified k-fold over the English training phrases, as {@link #crossValidate} does for the Japanese. */
    private static void crossValidateEnglish(Path dialogs) {
        List<IntentPhrases> intents = IntentPhrases.load(dialogs.resolve("en/intents.yml"));
        EnglishVocabulary vocabulary = EnglishVocabulary.load(dialogs.resolve("en/entities.yml"));
        int right = 0;
        int total = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            Fold split = Fold.of(intents, fold);
            List<IntentPhrases> train = split.train();
            List<IntentPhrases> test = split.test();
            EnglishUnderstanding model = EnglishUnderstanding.train(train, vocabulary, NluProperties.DEFAULT_THRESHOLD);
            for (IntentPhrases intent : test) {
                for (String phrase : intent.phrases()) {
                    total++;
                    right += model.parse(phrase, EvaluationSet.REFERENCE_TIME).is(intent.name()) ? 1 : 0;
                }
            }
        }
        System.out.printf("English: %d training phrases, %d-fold cross-validation accuracy %.3f%n",
                intents.stream().mapToInt(i -> i.phrases().size()).sum(), FOLDS, right / (double) total);
    }

    /** One English set measured through the app's understanding (the English model for Latin script). */
    private record EnglishFigures(Path file, EvaluationReport report) {
    }

    /**
     * The English sets that exist: the held-out {@code evaluation-en.tsv}, written apart from {@code dialogs/en/},
     * and the development set tuned against; empty without the English dialogs.
     */
    private static List<EnglishFigures> englishFigures(Path dialogs, NaturalLanguageUnderstanding japanese) {
        if (!EnglishUnderstanding.presentIn(dialogs)) {
            return List.of();
        }
        BilingualUnderstanding understanding = new BilingualUnderstanding(japanese,
                Optional.of(EnglishUnderstanding.fromDialogs(dialogs, NluProperties.DEFAULT_THRESHOLD)));
        List<EnglishFigures> figures = new ArrayList<>();
        for (Path file : List.of(EvaluationSet.ENGLISH_FILE, EvaluationSet.ENGLISH_DEVELOPMENT_FILE)) {
            if (Files.isRegularFile(file)) {
                figures.add(new EnglishFigures(file, new EvaluationReport(EvaluationSet.load(file), understanding)));
            }
        }
        return figures;
    }

    /** The headline figures of the Japanese set and of each English set, side by side. */
    private static void printBeside(EvaluationReport japanese, List<EnglishFigures> english) {
        if (english.isEmpty()) {
            return;
        }
        StringBuilder header = new StringBuilder(String.format("%-34s %10s", "", "ja"));
        english.forEach(e -> header.append(String.format(" %22s", e.file().getFileName())));
        System.out.println(header);
        List<EvaluationReport> reports = new ArrayList<>();
        reports.add(japanese);
        english.forEach(e -> reports.add(e.report()));
        printRow("utterances", reports, r -> (double) r.outcomes.size(), "%.0f");
        printRow("intent accuracy", reports, EvaluationReport::intentAccuracy, "%.3f");
        printRow("slot accuracy (all slots)", reports, EvaluationReport::slotAccuracy, "%.3f");
        for (int slot = 0; slot < japanese.slotScores().size(); slot++) {
            int index = slot;
            printRow("  " + japanese.slotScores().get(slot).slot() + " accuracy", reports,
                    r -> r.slotScores().get(index).accuracy(), "%.3f");
        }
        printRow("out-of-scope false-positive rate", reports, EvaluationReport::outOfScopeFalsePositiveRate, "%.3f");
        printRow("in-scope answered as fallback", reports, EvaluationReport::inScopeRejectionRate, "%.3f");
        printRow("intent accuracy on typos", reports, r -> r.accuracyForTag("typo"), "%.3f");
        System.out.println();
    }

    private static void printRow(String name, List<EvaluationReport> reports,
            ToDoubleFunction<EvaluationReport> figure, String format) {
        StringBuilder row = new StringBuilder(String.format("%-34s %10s", name,
                String.format(format, figure.applyAsDouble(reports.get(0)))));
        for (int i = 1; i < reports.size(); i++) {
            row.append(String.format(" %22s", String.format(format, figure.applyAsDouble(reports.get(i)))));
        }
        System.out.println(row);
    }

    /** What the question 「〜ということですか？」 with the default band and margin changes, on both sets. */
    private static void printClarification(EvaluationReport report, List<OutOfScopeCorpus.Claimed> claimed,
            IntentLabels labels) {
        Clarification rule = Clarification.DEFAULTS;
        EvaluationReport.ClarificationFigures figures = report.clarification(rule, labels::has);
        List<OutOfScopeCorpus.Claimed> asked = OutOfScopeCorpus.askedAbout(claimed, rule, labels::has);
        System.out.printf("clarification (ask below %.2f, %.2f naming no condition, or within %.2f of the best, at"
                + " most %d intents):%n", rule.below(), rule.bareBelow(), rule.margin(), rule.candidates());
        System.out.printf("  evaluation set: %d of %d asked; %d of them were understood right (%.3f of the set)%n",
                figures.asked(), figures.utterances(), figures.rightAsked(), figures.rightAskedRate());
        System.out.printf("  wrong flows avoided: %d of %d (out of scope: %d of %d; flows opened %d before, %d after)%n",
                figures.wrongAsked(), figures.wrongFlows(), figures.outOfScopeAsked(), figures.outOfScopeFlows(),
                figures.outOfScopeFlows(), figures.outOfScopeFlows() - figures.outOfScopeAsked());
        System.out.printf("  out-of-scope corpus: flows opened %d before, %d after%n%n", claimed.size(),
                claimed.size() - asked.size());
    }

    private static void printPerIntent(EvaluationReport report) {
        int[][] m = report.confusion();
        System.out.println("intent                 precision  recall   f1      support");
        for (int i = 0; i < report.intents.size(); i++) {
            int tp = m[i][i];
            int predicted = 0;
            int actual = 0;
            for (int j = 0; j < m.length; j++) {
                predicted += m[j][i];
                actual += m[i][j];
            }
            double p = predicted == 0 ? 0 : tp / (double) predicted;
            double r = actual == 0 ? 0 : tp / (double) actual;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            System.out.printf("%-22s %.3f      %.3f    %.3f   %4d%n", report.intents.get(i), p, r, f1, actual);
        }
        System.out.println();
    }

    private static void printConfusion(EvaluationReport report) {
        int[][] m = report.confusion();
        System.out.println("confusion matrix (rows = expected, columns = predicted, in the order above)");
        StringBuilder header = new StringBuilder(String.format("%-22s", ""));
        for (int j = 0; j < m.length; j++) {
            header.append(String.format("%4d", j + 1));
        }
        System.out.println(header);
        for (int i = 0; i < m.length; i++) {
            StringBuilder row = new StringBuilder(String.format("%2d %-19s", i + 1, report.intents.get(i)));
            for (int j = 0; j < m.length; j++) {
                row.append(String.format("%4s", m[i][j] == 0 ? "." : Integer.toString(m[i][j])));
            }
            System.out.println(row);
        }
        System.out.println();
    }

    private static void printErrors(EvaluationReport report) {
        System.out.println("misunderstood (line: expected -> got, confidence | slots expected -> got)");
        for (EvaluationReport.Outcome o : report.outcomes) {
            if (!o.intentRight() || !o.slotsRight()) {
                EvaluationSet.Example e = o.example();
                Slots s = o.understanding().slots();
                System.out.printf("  %3d %s: %s -> %s %.2f | %s,%s,%s -> %s,%s,%s%n", e.line(), e.text(), e.intent(),
                        o.understanding().intent().name(), o.understanding().intent().confidence(), e.category(),
                        e.district(), e.date(), s.category(), s.district(), s.date());
            }
        }
        System.out.println();
    }

    /** Stratified k-fold over the training phrases: each phrase is predicted by a model that never saw it. */
    private static void crossValidate(List<IntentPhrases> intents, EntityVocabulary vocabulary,
            MorphologicalAnalyzer analyzer) {
        int right = 0;
        int rightIgnoringThreshold = 0;
        int total = 0;
        List<double[]> heldOut = new ArrayList<>();
        double[] foldAccuracy = new double[FOLDS];
        for (int fold = 0; fold < FOLDS; fold++) {
            Fold split = Fold.of(intents, fold);
            List<IntentPhrases> train = split.train();
            List<IntentPhrases> test = split.test();
            NaturalLanguageUnderstanding model =
                    NaturalLanguageUnderstanding.train(train, vocabulary, analyzer, NluProperties.DEFAULT_THRESHOLD);
            int foldRight = 0;
            int foldTotal = 0;
            for (IntentPhrases intent : test) {
                for (String phrase : intent.phrases()) {
                    foldTotal++;
                    Understanding understanding = model.parse(phrase, EvaluationSet.REFERENCE_TIME);
                    if (understanding.is(intent.name())) {
                        foldRight++;
                    }
                    IntentScore top = understanding.ranking().get(0);
                    if (top.name().equals(intent.name())) {
                        rightIgnoringThreshold++;
                    }
                    boolean outOfScope = intent.name().equals(Understanding.FALLBACK);
                    heldOut.add(new double[] {top.confidence(), top.name().equals(intent.name()) ? 1 : 0,
                        outOfScope ? 1 : 0, top.name().equals(Understanding.FALLBACK) ? 1 : 0});
                }
            }
            foldAccuracy[fold] = foldRight / (double) foldTotal;
            right += foldRight;
            total += foldTotal;
        }
        StringBuilder folds = new StringBuilder();
        for (double a : foldAccuracy) {
            folds.append(String.format(" %.3f", a));
        }
        System.out.printf("%d-fold cross-validation over training phrases: accuracy %.3f (folds:%s), "
                + "top-ranked intent right %.3f%n", FOLDS, right / (double) total, folds,
                rightIgnoringThreshold / (double) total);
        printThresholdSweep(heldOut);
    }

    /**
     * How the fallback threshold trades accuracy against out-of-scope false positives on the cross-validated
     * predictions of the training phrases (never on the evaluation set, which would tune the threshold to it).
     */
    private static void printThresholdSweep(List<double[]> heldOut) {
        System.out.println("threshold sweep on cross-validated predictions:");
        System.out.println("  threshold  accuracy  oos-false-positive  in-scope-to-fallback");
        for (int step = 0; step <= 8; step++) {
            double threshold = step * 0.1;
            int right = 0;
            int outOfScope = 0;
            int falsePositive = 0;
            int inScope = 0;
            int rejected = 0;
            for (double[] p : heldOut) {
                boolean answersFallback = p[3] == 1 || p[0] < threshold;
                boolean isOutOfScope = p[2] == 1;
                boolean correct = isOutOfScope ? answersFallback : !answersFallback && p[1] == 1;
                right += correct ? 1 : 0;
                if (isOutOfScope) {
                    outOfScope++;
                    falsePositive += answersFallback ? 0 : 1;
                } else {
                    inScope++;
                    rejected += answersFallback ? 1 : 0;
                }
            }
            System.out.printf("  %.1f        %.3f     %.3f               %.3f%n", threshold, right / (double) heldOut.size(),
                    falsePositive / (double) outOfScope, rejected / (double) inScope);
        }
    }

    /** One fold of the cross-validation: every {@code FOLDS}-th phrase of each intent is held out to test. */
    private record Fold(List<IntentPhrases> train, List<IntentPhrases> test) {

        static Fold of(List<IntentPhrases> intents, int fold) {
            List<IntentPhrases> train = new ArrayList<>();
            List<IntentPhrases> test = new ArrayList<>();
            for (IntentPhrases intent : intents) {
                List<String> in = new ArrayList<>();
                List<String> out = new ArrayList<>();
                for (int i = 0; i < intent.phrases().size(); i++) {
                    (i % FOLDS == fold ? out : in).add(intent.phrases().get(i));
                }
                train.add(new IntentPhrases(intent.name(), intent.description(), in));
                test.add(new IntentPhrases(intent.name(), intent.description(), out));
            }
            return new Fold(train, test);
        }
    }
}
