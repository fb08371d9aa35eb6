<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealershipSettingsDialog</name>
    <message>
        <source>Dealership settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dealership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 021-5858 6688</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unified social credit code, 18 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT rate (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor rates (tax-inclusive, per hour). Rates in use are never deleted; untick Active to retire one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each document number is the prefix, the date and a counter that restarts every day, unique across all stations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settlements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppointments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handover terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the intake sheet and the work order the customer signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes here and show what is saved now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is new. Create the administrator account that manages users and settings. DealerDesk has no default password: choose one now and keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-in name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;empty dealership: enter your own data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dealership name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed on every form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;demo dealership: sample data for trying things out and for training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Set-up checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealership &amp;settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock this PC&apos;s DealerDesk until a password is entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dealership settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DealerDesk works without a mouse. These keys work anywhere in the main window:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in - DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-in name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-in name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wangfang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed on forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ad&amp;visor: appointments, reception, work orders, delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop &amp;controller: dispatch, findings, quality check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cas&amp;hier: settlement and payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;manager: discounts, reversals, reports, audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adminis&amp;trator: users, settings, backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff who sign in to DealerDesk. Users are never deleted: deactivate someone who leaves, and their name stays on the records they made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::AppController</name>
    <message>
        <source>DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded to schema version %1. A copy from before the upgrade is kept at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DealerDesk cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::AuditPage</name>
    <message>
        <source>Everybody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest 2000 entries; narrow the dates to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2 at %3 (%4)
Before: %5
After: %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Backup</name>
    <message>
        <source>This DealerDesk works on a PostgreSQL server; back it up on the server with pg_dump, e.g. pg_dump -Fc -h %1 -p %2 -U %3 -f dealerdesk.dump %4 (restore with pg_restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite connection cannot be used for a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed and was removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1; check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Bootstrap</name>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Cli</name>
    <message>
        <source>see dealerdesk --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role and --name belong to &quot;user add&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept a copy of the database from before the upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema version %2, up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema version %2 -&gt; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user needs add, passwd or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 needs exactly one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use advisor, controller, cashier, manager or admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add needs at least one --role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given on standard input; DealerDesk has no default passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given on standard input; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the demo staff&apos;s passwords with: dealerdesk user passwd NAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::CommandContext</name>
    <message>
        <source>The database did not return the new record&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; it may have been removed at another station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 on %4 after you opened it. Your changes were not saved and are still on screen; reload to see the other change, then apply yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Commands</name>
    <message>
        <source>The account %1 is deactivated; nothing was saved. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2 (roles: %3). Nothing was saved; ask a user with the right role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost and has been restored. Nothing was saved; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Credentials</name>
    <message>
        <source>Enter a sign-in name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in name &quot;%1&quot; must be 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name; it is printed on forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is longer than 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the sign-in name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Database</name>
    <message>
        <source>The Qt %1 database driver is not installed (Debian package %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at %1. Check that the server is running, the address, user and password are right, and this PC may connect; then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot use write-ahead logging (journal mode stays &quot;%2&quot;). Keep the file on a local disk, not on a network share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable database (it may be damaged). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a database of another program, not a DealerDesk database. It was left untouched; choose another file or an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this DealerDesk knows versions up to %3. It was left untouched; install the newer DealerDesk that wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it or choose another place for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not writable, so the database cannot be created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database file %1: %2. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database file. It was left untouched; choose a DealerDesk database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DbTargets</name>
    <message>
        <source>No database given: pass a file path or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported database address; use a file path for SQLite or postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL address &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL address &quot;%1&quot; names no database; end it with /dbname, e.g. postgresql://dealerdesk@192.168.1.10:5432/dealerdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give the path of a database file inside it, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DealershipRules</name>
    <message>
        <source>1. Please take your valuables with you; the shop is not liable for valuables left in the vehicle.
2. Replaced parts belong to the customer and are returned on request.
3. Additional work is only carried out with the customer&apos;s prior consent.
4. Customer-supplied parts carry no quality guarantee from the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dealership name is empty; it is printed on every form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dealership name is longer than 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate is %1 %; repair services and parts are normally taxed at 13 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; may only hold digits, spaces, +, - and brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 use the same prefix &quot;%3&quot;; each kind of document needs its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is larger than 512 KB; choose a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor rate code &quot;%1&quot;: use 1 to 12 capital letters, digits, - or _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor rate %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor rate %1 must be more than 0.00 per hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax number has %1 characters; a unified social credit code has 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax number holds &quot;%1&quot; at position %2; only digits and capital letters other than I, O, Z, S and V are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax number&apos;s last character should be %1; check the number for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DealershipSettingsDialog</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples: %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate &quot;%1&quot; is not a percentage between 0 and 100, e.g. 13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor rate %1: &quot;%2&quot; is not an amount; enter e.g. 180.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these settings anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DealershipStore</name>
    <message>
        <source>The dealership settings are missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dealership settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A labor rate with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor rate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Demo</name>
    <message>
        <source>The demo dealership is already loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds a dealership&apos;s staff; the demo only goes into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealership: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor rates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: %1, without passwords; an administrator sets them under Users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DocumentNumbers</name>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number prefix is empty; enter 1 to 6 capital letters or digits, e.g. WO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document number prefix &quot;%1&quot; may only hold 1 to 6 capital letters (A-Z) or digits and must start with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::FirstRunDialog</name>
    <message>
        <source>&amp;Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds a dealership&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the dealership&apos;s name; it is printed on every form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::FirstStart</name>
    <message>
        <source>Enter the dealership&apos;s name; it is printed on every form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has an administrator; sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::HomePage</name>
    <message>
        <source>Your dealership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good day, %1. Today is %2. You work here as: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dealership name, address and phone (printed on every form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo for the printed forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Labor rates: %n defined</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Staff who can sign in: %1 of %2 active users have a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F1 for the keyboard shortcuts. Ctrl+L locks this PC when you step away from the counter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DealerDesk database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was copied to %1 (%2 KB). Keep a copy away from this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;DealerDesk %1&lt;/h3&gt;&lt;p&gt;The after-sales service front desk of a car dealership: reception, inspection, work orders, approvals and settlement.&lt;/p&gt;&lt;p&gt;Database: %2 (%3), schema version %4&lt;br&gt;Qt %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Migrator</name>
    <message>
        <source>The database has schema version %1, but this DealerDesk knows versions up to %2. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 (%2) failed; it stays at version %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Options</name>
    <message>
        <source>Usage: dealerdesk [--db PATH|URL] [--lang zh_CN|zh_TW|en] [COMMAND ...]

Without a command, DealerDesk opens its window.

Options:
  --db PATH|URL       an SQLite file, or postgresql://user@host:port/dbname
                      (default: the last one used, else dealerdesk.db in the app&apos;s data folder)
  --lang LANG         zh_CN, zh_TW or en (default: the system language)
  --version           show the version
  --help              show this help

Commands:
  migrate                          create the database or bring its schema up to date
  backup FILE                      copy the database to FILE while the app may be running
  user add NAME --role ROLE ...    add a user; the password is read from standard input
       [--name &quot;FULL NAME&quot;]        roles: advisor, controller, cashier, manager, admin
  user passwd NAME                 set a user&apos;s password, read from standard input
  user list                        list the users: name, full name, roles, state
  demo                             fill an empty database with a demo dealership

Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1 and tell it to them in person. They can change it afterwards under File &gt; Change my password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PasswordHasher</name>
    <message>
        <source>Not enough memory to protect the password; close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Roles</name>
    <message>
        <source>Service advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change dealership settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ShortcutsDialog</name>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked. %1 is signed in at this PC: enter the password to continue, or sign in as someone else to switch user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked - DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your sign-in name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::Sql</name>
    <message>
        <source>The database cannot be reached. Nothing was saved; check the network or the database server, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy or locked by another program. Nothing was saved; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Stop using it and restore the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another station was saving the same data at the same moment. Nothing was saved; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::UserEditDialog</name>
    <message>
        <source>Edit user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::Users</name>
    <message>
        <source>User %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in name &quot;%1&quot; is already taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last active administrator; the shop would be locked out of its own settings. Make another user administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while signed in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for %1. Wait %n second(s), then try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong sign-in name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password has been set for %1 yet; ask an administrator to set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is deactivated; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::UsersDialog</name>
    <message>
        <source>Sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer sign in; their name stays on the records they made. You can reactivate them later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ui</name>
    <message>
        <source>Please check your input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed at another station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
