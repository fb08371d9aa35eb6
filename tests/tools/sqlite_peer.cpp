/* A second process on the same SQLite file, as another DealerDesk, a backup script or a print job would be:
 * opens the database, reads, closes. Used by the tests that prove nothing in the app drops SQLite's locks.
 *   dd_sqlite_peer FILE            open, read the schema and every table's row count, close
 *   dd_sqlite_peer FILE SQL        open, run SQL (one row, first column printed), close
 * Exit 0 on success, 1 with SQLite's message on stderr otherwise. */
#include <sqlite3.h>
#include <cstdio>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: dd_sqlite_peer FILE [SQL]\n");
        return 2;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        fprintf(stderr, "open: %s\n", db ? sqlite3_errmsg(db) : "out of memory");
        return 1;
    }
    sqlite3_busy_timeout(db, 5000);
    const char *sql = argc > 2 ? argv[2] : "SELECT COUNT(*) FROM sqlite_master";
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            const unsigned char *text = sqlite3_column_text(st, 0);
            printf("%s\n", text ? (const char *)text : "");
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_OK;
        }
    }
    if (rc != SQLITE_OK)
        fprintf(stderr, "query: %s\n", sqlite3_errmsg(db));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : 1;
}
