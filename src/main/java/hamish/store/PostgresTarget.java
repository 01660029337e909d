package hamish.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A team database named as {@code postgresql://user@host:port/database}. The password never travels in the
 * URL Hamish prints: it comes from the URL if the user put it there, else from {@code PGPASSWORD}, else the
 * driver reads {@code ~/.pgpass} (or {@code PGPASSFILE}) as psql does.
 */
public record PostgresTarget(String host, int port, String database, String user, String password, String query) {

    private static final int DEFAULT_PORT = 5432;

    /** Whether {@code target} (a {@code --db} value) names a PostgreSQL server rather than a file. */
    public static boolean isUrl(String target) {
        return target != null && (target.startsWith("postgresql://") || target.startsWith("postgres://"));
    }

    /** Reads {@code url}; a malformed one is refused with a message that names it (password masked). */
    public static PostgresTarget parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new StoreException("cannot read the database address " + masked(url) + ": " + e.getReason());
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new StoreException("the database address " + masked(url)
                    + " names no server; write it as postgresql://user@host:5432/database");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isBlank() || database.contains("/")) {
            throw new StoreException("the database address " + masked(url)
                    + " names no database; write it as postgresql://user@host:5432/database");
        }
        String user = System.getProperty("user.name", "");
        String password = null;
        String info = uri.getRawUserInfo();
        if (info != null) {
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        if (password == null) {
            password = System.getenv("PGPASSWORD");
        }
        return new PostgresTarget(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), decode(database), user,
                password, uri.getRawQuery() == null ? "" : uri.getRawQuery());
    }

    String jdbcUrl() {
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + hostPart + ":" + port + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }

    Properties connectionProperties() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "Hamish");
        // A server that does not answer is reported after a few seconds, not after the OS's TCP timeout.
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }

    /** The address as Hamish shows it: never the password. */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    private static String masked(String url) {
        return url.replaceFirst("(://[^:/@]*):[^@/]*@", "$1:***@");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
