package hamish.text;

import hamish.model.Entity;
import hamish.model.EntityType;
import hamish.text.NameForm.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The forms in which a reader recognises a person from the names the user gave (ADR 0007, "Person
 * forms"): the name; the surname alone; the name without its first name; a shorter lineage (فيصل بن
 * خالد for فيصل بن خالد بن عبدالعزيز); first name and family (عبدالعزيز آل الشيخ); the long form with a
 * chain of fathers (عادل بن أحمد الجبير for عادل الجبير); عبد joined or apart. Never the first name
 * alone: عادل or خالد names thousands of people; a user who wants it adds it as an alias. Organisations
 * and places keep their names only.
 */
public final class PersonNameForms {

    /** Turkish and Persian patronymic words: أوغلو alone is anyone's "son of". */
    private static final List<String> NOT_ALONE = List.of("اوغلو", "زاده");
    private static final List<String> KUNYA_CASES = List.of("أبو", "أبي", "أبا");
    private static final int MIN_SURNAME_LETTERS = 3;

    /** A generated form with how it is matched. */
    record Generated(NameForm form, boolean fullName, boolean needsTitle, NameUnitsPattern lineage) {
    }

    private PersonNameForms() {
    }

    /** The forms of {@code entity}'s names, each once, names first. */
    public static List<NameForm> of(Entity entity, CommonWords common) {
        return generate(entity, common).stream().map(Generated::form).toList();
    }

    public static List<NameForm> of(Entity entity) {
        return of(entity, CommonWords.builtIn());
    }

    /**
     * The forms in use for {@code entity}: those of {@link #of(Entity, CommonWords)} except the generated ones
     * whose {@link NameForm#key() key} the user removed. Names the user gave are always kept.
     */
    public static List<NameForm> of(Entity entity, CommonWords common, Set<String> removedKeys) {
        return generate(entity, common, removedKeys).stream().map(Generated::form).toList();
    }

    static List<Generated> generate(Entity entity, CommonWords common, Set<String> removedKeys) {
        List<Generated> all = generate(entity, common);
        if (removedKeys.isEmpty()) {
            return all;
        }
        return all.stream().filter(g -> !g.form().removable() || !removedKeys.contains(g.form().key())).toList();
    }

    static List<Generated> generate(Entity entity, CommonWords common) {
        List<String> names = new ArrayList<>();
        names.add(entity.canonicalName());
        names.addAll(entity.aliases());
        Map<String, Generated> forms = new LinkedHashMap<>();
        for (String name : names) {
            if (!name.isBlank()) {
                add(forms, new Generated(new NameForm(name.strip(), Kind.NAME), true, false, null));
            }
        }
        if (entity.type() != EntityType.PERSON) {
            return List.copyOf(forms.values());
        }
        for (String name : names) {
            generate(name, common, forms);
        }
        for (String name : names) {
            for (String inflected : kunyaCases(name)) {
                add(forms, new Generated(new NameForm(inflected, Kind.SPELLING), true, false, null));
            }
        }
        return List.copyOf(forms.values());
    }

    /**
     * أبو is one of the five nouns that show their case: أبو سنان is أبي سنان after a preposition or in a
     * genitive (من أفعال أبي لؤلؤة) and أبا سنان as an object. The name in the other two cases, or none.
     */
    static List<String> kunyaCases(String name) {
        List<Token> tokens = WordTokenizer.tokenize(name);
        List<String> out = new ArrayList<>();
        for (String kunya : KUNYA_CASES) {
            StringBuilder s = new StringBuilder();
            int from = 0;
            boolean changed = false;
            for (Token t : tokens) {
                String folded = ArabicNormalizer.fold(t.text());
                boolean isKunya = KUNYA_CASES.stream().anyMatch(k -> ArabicNormalizer.fold(k).equals(folded));
                s.append(name, from, t.start()).append(isKunya ? kunya : t.text());
                changed |= isKunya && !ArabicNormalizer.fold(kunya).equals(folded);
                from = t.end();
            }
            s.append(name.substring(from));
            if (changed) {
                out.add(s.toString().strip());
            }
        }
        return out;
    }

    private static void generate(String name, CommonWords common, Map<String, Generated> forms) {
        List<NameUnit> units = units(name);
        if (units.size() < 2 || units.get(0).link()) {
            return;
        }
        NameUnit first = units.get(0);
        List<NameUnit> chain = new ArrayList<>();
        List<String> links = new ArrayList<>();
        int k = 1;
        while (k + 1 < units.size() && units.get(k).link() && !units.get(k + 1).link()) {
            links.add(units.get(k).text());
            chain.add(units.get(k + 1));
            k += 2;
        }
        List<NameUnit> tail = units.subList(k, units.size());
        if (tail.stream().anyMatch(NameUnit::link)) {
            return; // a shape we do not read (بن at the end, two links in a row): the name alone is used
        }
        String link = links.isEmpty() ? "بن" : links.get(0);
        if (chain.isEmpty()) {
            if (tail.size() >= 2) {
                addForm(forms, join(tail), Kind.WITHOUT_FIRST_NAME, tail, common);
            }
        } else {
            for (int m = 1; m < chain.size() || (m == chain.size() && !tail.isEmpty()); m++) {
                StringBuilder s = new StringBuilder(first.text());
                for (int c = 0; c < m; c++) {
                    s.append(' ').append(links.get(c)).append(' ').append(chain.get(c).text());
                }
                addForm(forms, s.toString(), Kind.LINEAGE, null, common);
            }
            if (!tail.isEmpty()) {
                addForm(forms, first.text() + " " + join(tail), Kind.FIRST_AND_FAMILY, null, common);
            }
        }
        NameUnit last = tail.isEmpty() ? null : tail.get(tail.size() - 1);
        if (last != null && surnameAlone(tail, chain)) {
            addForm(forms, last.text(), Kind.SURNAME, List.of(last), common);
        }
        if (!tail.isEmpty() || !chain.isEmpty()) {
            StringBuilder pattern = new StringBuilder(first.text());
            chain.forEach(c -> pattern.append(' ').append(link).append(' ').append(c.text()));
            pattern.append(' ').append(link).append(' ').append(NameForm.ANY_FATHERS);
            if (!tail.isEmpty()) {
                pattern.append(' ').append(join(tail));
            }
            NameUnitsPattern lineage = new NameUnitsPattern(name.strip(), first.key(),
                    chain.stream().map(NameUnit::key).toList(), tail.stream().map(NameUnit::key).toList());
            add(forms, new Generated(new NameForm(pattern.toString(), Kind.LONG_FORM), false, false, lineage));
        }
        String other = respelled(units);
        if (other != null) {
            add(forms, new Generated(new NameForm(other, Kind.SPELLING), true, false, null));
        }
    }

    /**
     * The last word alone names the person unless it is a family (آل سعود: a dynasty), follows a short
     * particle (دي ميستورا: ميستورا alone is rare and دي alone nothing) or is a patronymic word (أوغلو).
     * After a lineage only a family name counts (الجبير in عادل بن أحمد الجبير), never the last father.
     */
    private static boolean surnameAlone(List<NameUnit> tail, List<NameUnit> chain) {
        NameUnit last = tail.get(tail.size() - 1);
        if (last.family() || NameKeys.letterCount(last.key()) < MIN_SURNAME_LETTERS || NOT_ALONE.contains(last.key())) {
            return false;
        }
        if (!chain.isEmpty() && tail.size() != 1) {
            return false;
        }
        return tail.size() < 2 || NameKeys.letterCount(tail.get(tail.size() - 2).key()) > 2;
    }

    private static void addForm(Map<String, Generated> forms, String text, Kind kind, List<NameUnit> words, CommonWords common) {
        // A surname that is also an ordinary word (التركي, الثاني) is proposed only after a rank (اللواء التركي).
        boolean ordinary = words != null && words.stream().allMatch(u -> common.contains(u.key()));
        add(forms, new Generated(new NameForm(text, kind), false, ordinary, null));
        String other = respelled(units(text));
        if (other != null) {
            add(forms, new Generated(new NameForm(other, kind), false, ordinary, null));
        }
    }

    /** Keeps the first form generated for each folded text (a name the user gave wins over a generated one). */
    private static void add(Map<String, Generated> forms, Generated g) {
        String key = g.form().kind() == Kind.LONG_FORM ? "…" + g.form().text() : String.join(" ", Term.parse(g.form().text()).words());
        if (!key.isBlank()) {
            forms.putIfAbsent(key, g);
        }
    }

    static List<NameUnit> units(String text) {
        List<String> texts = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        for (Token t : WordTokenizer.tokenize(text)) {
            texts.add(t.text());
            folded.add(ArabicNormalizer.fold(t.text()));
        }
        return NameUnit.parse(texts, folded);
    }

    /** The name with every عبد unit written the other usual way (عبد الله / عبدالله), or null when it has none. */
    private static String respelled(List<NameUnit> units) {
        boolean changed = false;
        List<String> out = new ArrayList<>();
        for (NameUnit u : units) {
            String other = u.otherSpelling();
            changed |= other != null;
            out.add(other != null ? other : u.text());
        }
        return changed ? String.join(" ", out) : null;
    }

    private static String join(List<NameUnit> units) {
        return String.join(" ", units.stream().map(NameUnit::text).toList());
    }
}
