package hamish.analysis;

import hamish.text.ArabicNormalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words news text puts before a name and that tell what it names (all folded): a role or rank before a
 * person (الرئيس, الأمير, اللواء, المتحدث باسم …), a head noun that begins an organisation's name (وزارة,
 * هيئة, رابطة …), a word that introduces a place (مدينة, منطقة …). Written for Hamish from reading the
 * reports; a cue never becomes part of a name.
 */
final class DiscoveryCues {

    /** Roles and ranks followed, after their own descriptors (الخارجية الروسي), by a person's name. */
    static final Set<String> PERSON_ROLES = folded(List.of("الرئيس", "رئيس", "الملك", "الأمير", "أمير", "الشيخ", "الوزير",
            "وزير", "وزيرة", "اللواء", "العميد", "العقيد", "الفريق", "المقدم", "الرائد", "الدكتور", "د", "المهندس", "الأستاذ",
            "المتحدث", "المتحدثة", "الناطق", "السفير", "المستشار", "سمو", "سماحة", "فضيلة", "معالي", "سعادة", "المفتي",
            "المستشارة", "النائب", "السيد", "السيدة", "الزعيم", "المرشد", "القائد", "العاهل", "ولي",
            "المحامي", "الكاتب", "المدعو", "يدعى", "تدعى", "يُدعى", "الداعية", "البابا", "المبعوث", "الأمين", "مدير", "المدير", "خطيب", "رئيسة", "الرئيسة"));
    /** Ranks after which a surname that is also an ordinary word (اللواء التركي) is still a name. */
    static final Set<String> RANKS = folded(List.of("اللواء", "العميد", "العقيد", "الفريق", "المقدم", "الرائد", "الشيخ",
            "الدكتور", "د", "السفير", "المهندس", "الملك", "العاهل"));
    /** Words between a role and the name that describe the role (وزير الخارجية الروسي, ولي العهد). */
    static final Set<String> ROLE_WORDS = folded(List.of("باسم", "العهد", "خادم", "الحرمين", "الشريفين", "العام", "الرسمي",
            "الأعلى", "العامة", "العام", "الدولة", "الوزراء", "منطقة", "عام", "الحكومة", "المسجد", "الحرم", "هيئة", "كبار",
            "العلماء", "الأمن", "صاحب", "السمو", "الملكي", "سمو", "معالي", "فضيلة", "سماحة", "للأمن", "العربية", "المتحدة"));
    /** The first word of an organisation's name; its genitive or adjectives follow. */
    static final Set<String> ORG_HEADS = folded(List.of("وزارة", "هيئة", "منظمة", "جامعة", "حزب", "وكالة", "رابطة", "مجلس",
            "جمعية", "اتحاد", "الاتحاد", "المرصد", "مؤسسة", "شركة", "صحيفة", "مركز", "حركة", "جماعة", "جبهة", "لجنة", "دار",
            "الأمم", "المنظمة", "الجامعة", "مجمع", "تنظيم", "قوات", "وحدات", "البيت", "الجيش", "الخارجية"));
    /** Bodies that name themselves alone. */
    static final Set<String> ORG_NAMES = folded(List.of("الأزهر", "داعش", "الأمم المتحدة", "الناتو"));
    /** Words that introduce a place: the place is the name after them. */
    static final Set<String> PLACE_HEADS = folded(List.of("مدينة", "منطقة", "محافظة", "ولاية", "بلدة", "قرية", "إمارة",
            "مملكة", "جمهورية", "إقليم", "عاصمة", "دولة", "بلدية", "حي", "مخيم"));
    /** Words that continue a person's name: بن, آل, أبو, عبد (a compound عبد الله). */
    static final Set<String> NAME_LINKS = folded(List.of("بن", "ابن", "بنت", "آل", "أبو", "أبي", "عبد", "أم", "ولد"));

    private DiscoveryCues() {
    }

    static boolean isCue(String folded) {
        return PERSON_ROLES.contains(folded) || ORG_HEADS.contains(folded) || PLACE_HEADS.contains(folded)
                || ROLE_WORDS.contains(folded);
    }

    private static Set<String> folded(List<String> words) {
        Set<String> set = new HashSet<>();
        words.forEach(w -> set.add(ArabicNormalizer.fold(w)));
        return Set.copyOf(set);
    }
}
