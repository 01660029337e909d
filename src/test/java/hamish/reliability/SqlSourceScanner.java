package hamish.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds SQL built from values in Java source, so that every value reaches SQLite as a bound parameter.
 * A heuristic over tokens, not a compiler: it flags
 * <ul>
 * <li>a string literal that starts with an SQL keyword, concatenated ({@code +}) with anything but another
 *     literal, an UPPER_CASE constant or a parenthesised {@code cond ? "literal" : "literal"};</li>
 * <li>a call of {@code execute}, {@code executeQuery}, {@code executeUpdate}, {@code addBatch} or
 *     {@code prepareStatement} whose (last) argument is not made of literals and constants alone.</li>
 * </ul>
 * Each finding is {@code "File.java:line: expression"}; callers compare them with an allow-list.
 */
final class SqlSourceScanner {

    record Token(Kind kind, String text, int line) {
    }

    enum Kind { STRING, IDENT, NUMBER, PUNCT }

    private static final Pattern SQL_START = Pattern.compile(
            "\\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|CREATE|DROP|ALTER|BEGIN|COMMIT|ROLLBACK|VACUUM|WITH|ATTACH)\\b.*",
            Pattern.DOTALL);
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Set<String> SQL_CALLS = Set.of("execute", "executeQuery", "executeUpdate", "addBatch", "prepareStatement");

    private SqlSourceScanner() {
    }

    static List<String> scan(String fileName, String source) {
        List<Token> tokens = tokenize(source);
        List<String> findings = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.STRING && SQL_START.matcher(t.text()).matches()) {
                checkConcatenation(fileName, tokens, i, findings);
            }
            if (t.kind() == Kind.IDENT && SQL_CALLS.contains(t.text()) && i > 0 && is(tokens.get(i - 1), ".")
                    && i + 1 < tokens.size() && is(tokens.get(i + 1), "(")) {
                List<Token> last = lastArgument(tokens, i + 1);
                if (!last.isEmpty() && !literalOrConstants(last)) {
                    findings.add(fileName + ":" + t.line() + ": " + t.text() + "(" + text(last) + ")");
                }
            }
        }
        return findings;
    }

    /** Follows "literal + x + ..." from the literal at {@code i}, flagging each operand that may hold a value. */
    private static void checkConcatenation(String fileName, List<Token> tokens, int i, List<String> findings) {
        int at = i + 1;
        while (at + 1 < tokens.size() && is(tokens.get(at), "+")) {
            int start = at + 1;
            int end = operandEnd(tokens, start);
            List<Token> operand = tokens.subList(start, end);
            if (!safeOperand(operand)) {
                findings.add(fileName + ":" + tokens.get(start).line() + ": " + text(tokens.subList(i, end)));
            }
            at = end;
        }
    }

    private static boolean safeOperand(List<Token> operand) {
        if (operand.size() == 1 && operand.get(0).kind() == Kind.STRING) {
            return true;
        }
        if (isConstantPath(operand)) {
            return true;
        }
        // ( condition ? "literal" : "literal" )
        if (operand.size() >= 7 && is(operand.get(0), "(") && is(operand.get(operand.size() - 1), ")")) {
            int n = operand.size();
            return is(operand.get(n - 3), ":") && operand.get(n - 2).kind() == Kind.STRING
                    && is(operand.get(n - 5), "?") && operand.get(n - 4).kind() == Kind.STRING;
        }
        return false;
    }

    private static boolean literalOrConstants(List<Token> expression) {
        List<Token> operand = new ArrayList<>();
        for (Token t : expression) {
            if (is(t, "+")) {
                if (!safeOperand(operand)) {
                    return false;
                }
                operand.clear();
            } else {
                operand.add(t);
            }
        }
        return safeOperand(operand);
    }

    private static boolean isConstantPath(List<Token> operand) {
        if (operand.isEmpty() || operand.size() % 2 == 0) {
            return false;
        }
        for (int k = 0; k < operand.size(); k++) {
            Token t = operand.get(k);
            if (k % 2 == 0 ? t.kind() != Kind.IDENT : !is(t, ".")) {
                return false;
            }
        }
        return CONSTANT.matcher(operand.get(operand.size() - 1).text()).matches();
    }

    /** Index after the operand starting at {@code start}: a parenthesised group, or a path with calls. */
    private static int operandEnd(List<Token> tokens, int start) {
        int k = start;
        if (is(tokens.get(k), "(")) {
            return matching(tokens, k) + 1;
        }
        k++;
        while (k < tokens.size()) {
            if (is(tokens.get(k), ".") && k + 1 < tokens.size()) {
                k += 2;
            } else if (is(tokens.get(k), "(")) {
                k = matching(tokens, k) + 1;
            } else {
                break;
            }
        }
        return k;
    }

    private static List<Token> lastArgument(List<Token> tokens, int open) {
        int close = matching(tokens, open);
        int depth = 0;
        int from = open + 1;
        for (int k = open + 1; k < close; k++) {
            String s = tokens.get(k).text();
            if (tokens.get(k).kind() == Kind.PUNCT && (s.equals("(") || s.equals("{") || s.equals("["))) {
                depth++;
            } else if (tokens.get(k).kind() == Kind.PUNCT && (s.equals(")") || s.equals("}") || s.equals("]"))) {
                depth--;
            } else if (depth == 0 && is(tokens.get(k), ",")) {
                from = k + 1;
            }
        }
        return tokens.subList(from, close);
    }

    private static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            if (is(tokens.get(k), "(")) {
                depth++;
            } else if (is(tokens.get(k), ")") && --depth == 0) {
                return k;
            }
        }
        return tokens.size() - 1;
    }

    private static boolean is(Token t, String punct) {
        return t.kind() == Kind.PUNCT && t.text().equals(punct);
    }

    private static String text(List<Token> tokens) {
        StringBuilder s = new StringBuilder();
        for (Token t : tokens) {
            s.append(t.kind() == Kind.STRING ? '"' + t.text().replaceAll("\\s+", " ") + '"' : t.text());
            s.append(is(t, ".") || is(t, "(") ? "" : " ");
        }
        return s.toString().replace(" .", ".").replace(" (", "(").replace(" )", ")").strip();
    }

    /** Java tokens without comments; string and text-block tokens hold their content (escapes left as written). */
    static List<Token> tokenize(String src) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (src.startsWith("//", i)) {
                i = src.indexOf('\n', i) < 0 ? src.length() : src.indexOf('\n', i);
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? src.length() : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? src.length() : end;
                tokens.add(new Token(Kind.STRING, src.substring(i + 3, end), line));
                line += count(src, i, end);
                i = Math.min(src.length(), end + 3);
            } else if (c == '"' || c == '\'') {
                int k = i + 1;
                while (k < src.length() && src.charAt(k) != c) {
                    k += src.charAt(k) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    tokens.add(new Token(Kind.STRING, src.substring(i + 1, Math.min(k, src.length())), line));
                }
                i = k + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int k = i;
                while (k < src.length() && Character.isJavaIdentifierPart(src.charAt(k))) {
                    k++;
                }
                tokens.add(new Token(Kind.IDENT, src.substring(i, k), line));
                i = k;
            } else if (Character.isDigit(c)) {
                int k = i;
                while (k < src.length() && (Character.isLetterOrDigit(src.charAt(k)) || src.charAt(k) == '_' || src.charAt(k) == '.')) {
                    k++;
                }
                tokens.add(new Token(Kind.NUMBER, src.substring(i, k), line));
                i = k;
            } else {
                tokens.add(new Token(Kind.PUNCT, String.valueOf(c), line));
                i++;
            }
        }
        return tokens;
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int k = from; k < to && k < s.length(); k++) {
            n += s.charAt(k) == '\n' ? 1 : 0;
        }
        return n;
    }
}
