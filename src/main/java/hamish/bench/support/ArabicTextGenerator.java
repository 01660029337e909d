package hamish.bench.support;

import java.util.Random;

/**
 * Generates Arabic news-like text for benchmarks: real words in random order, with digits, an
 * occasional Latin word and quotation marks, so that shaping, bidi and folding costs are realistic.
 * Deterministic for a given seed.
 */
public final class ArabicTextGenerator {

    private static final String[] WORDS = (
            "قال وزير الخارجية إن الحكومة ستواصل المفاوضات مع الوفد القادم من العاصمة بشأن الاتفاق الجديد "
            + "وأكد المتحدث باسم الوزارة أن اللقاء تناول قضايا المياه والطاقة والأمن في المنطقة "
            + "وأضاف مسؤولون أن الجانبين اتفقا على تشكيل لجنة مشتركة لمتابعة تنفيذ البنود خلال الأشهر المقبلة "
            + "وأوضح التقرير أن الأمطار الغزيرة تسببت في أضرار كبيرة للمحاصيل الزراعية والطرق الريفية "
            + "مشيرا إلى أن السلطات المحلية أعلنت حالة الطوارئ في عدد من القرى المتضررة "
            + "وذكرت وكالة الأنباء الرسمية أن الرئيس استقبل نظيره في القصر وبحث معه سبل التعاون الاقتصادي "
            + "بينما انتقدت المعارضة ما وصفته بالتباطؤ في معالجة الأزمة وطالبت بمحاسبة المسؤولين "
            + "ونقلت صحيفة محلية عن مصدر مطلع قوله إن الميزانية الجديدة تتضمن زيادة في الإنفاق على التعليم والصحة "
            + "الأمم المتحدة الاتحاد الأوروبي جامعة الدول العربية البنك الدولي صندوق النقد مجلس الأمن "
            + "الشرقية الغربية الشمالية الجنوبية القاهرة بيروت عمان بغداد الرباط تونس الخرطوم الدوحة").split(" ");
    private static final String[] LATIN = {"Reuters", "UN", "GDP", "COVID-19", "Twitter"};

    private final Random random;

    public ArabicTextGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** One paragraph of {@code words} words, ending with a full stop. */
    public String paragraph(int words) {
        StringBuilder sb = new StringBuilder(words * 7);
        boolean inQuote = false;
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            int roll = random.nextInt(100);
            if (roll < 3) {
                sb.append(1 + random.nextInt(2025));
            } else if (roll < 4) {
                sb.append(LATIN[random.nextInt(LATIN.length)]);
            } else {
                if (roll == 50 && !inQuote) {
                    sb.append('“');
                    inQuote = true;
                }
                sb.append(WORDS[random.nextInt(WORDS.length)]);
                if (inQuote && roll % 7 == 0) {
                    sb.append('”');
                    inQuote = false;
                }
            }
        }
        if (inQuote) {
            sb.append('”');
        }
        return sb.append('.').toString();
    }

    /** An article of about {@code chars} chars: a title line, then paragraphs of 20 to 120 words. */
    public String article(int chars) {
        StringBuilder sb = new StringBuilder(chars + 1000);
        sb.append(paragraph(6 + random.nextInt(6))).append('\n');
        while (sb.length() < chars) {
            sb.append('\n').append(paragraph(20 + random.nextInt(100)));
        }
        return sb.append('\n').toString();
    }
}
