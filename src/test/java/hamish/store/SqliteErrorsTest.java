package hamish.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class SqliteErrorsTest {

    private static final Path FILE = Path.of("/home/analyst/annotations.db");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SQLITE_FULL           | /home/analyst/annotations.db: the disk is full; the last change was not saved, everything before it is safe",
        "SQLITE_BUSY           | /home/analyst/annotations.db is locked by another program (another Hamish window?)",
        "SQLITE_BUSY_SNAPSHOT  | /home/analyst/annotations.db is locked by another program (another Hamish window?)",
        "SQLITE_LOCKED         | /home/analyst/annotations.db is locked by another program (another Hamish window?)",
        "SQLITE_READONLY       | /home/analyst/annotations.db is read-only; changes cannot be saved",
        "SQLITE_READONLY_DBMOVED | /home/analyst/annotations.db was deleted, renamed or replaced by another program while Hamish had it open; this change was not saved. Open the file again to go on",
        "SQLITE_NOTADB         | /home/analyst/annotations.db is not a Hamish database or is damaged; it was not changed",
        "SQLITE_CORRUPT        | /home/analyst/annotations.db is not a Hamish database or is damaged; it was not changed",
    })
    void mapsResultCodesToMessagesForUsers(SQLiteErrorCode code, String expected) {
        SQLiteException cause = new SQLiteException("[" + code.name() + "] " + code.message + " (detail)", code);

        StoreException translated = SqliteErrors.translate(FILE, cause);

        assertEquals(expected, translated.getMessage());
        assertSame(cause, translated.getCause());
    }

    @Test
    void cannotOpenKeepsSqlitesReason() {
        SQLiteErrorCode code = SQLiteErrorCode.SQLITE_CANTOPEN;
        SQLiteException cause = new SQLiteException("[SQLITE_CANTOPEN] " + code.message + " (unable to open database file)", code);

        assertEquals("cannot open /home/analyst/annotations.db: unable to open database file",
                SqliteErrors.translate(FILE, cause).getMessage());
    }

    @Test
    void otherErrorsShowSqlitesOwnWordsWithoutTheDriversWrapping() {
        SQLiteErrorCode code = SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE;
        SQLiteException cause = new SQLiteException("[SQLITE_CONSTRAINT_UNIQUE] " + code.message
                + " (UNIQUE constraint failed: tag.name)", code);

        assertEquals("/home/analyst/annotations.db: database error: UNIQUE constraint failed: tag.name",
                SqliteErrors.translate(FILE, cause).getMessage());
    }

    @Test
    void plainSqlExceptionsAreMappedByTheirErrorCode() {
        SQLException cause = new SQLException("disk I/O", "HY000", 13);

        assertEquals("/home/analyst/annotations.db: the disk is full; the last change was not saved, everything before it is safe",
                SqliteErrors.translate(FILE, cause).getMessage());
    }
}
