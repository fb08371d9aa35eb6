<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>Vehicle:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <source>D&amp;uration (min):</source>
        <translation>D&amp;uration (min):</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>&amp;Advisor:</translation>
    </message>
    <message>
        <source>&amp;Bay:</source>
        <translation>&amp;Bay:</translation>
    </message>
    <message>
        <source>Conc&amp;erns:</source>
        <translation>Conc&amp;erns:</translation>
    </message>
    <message>
        <source>&amp;Parts to order (yuan):</source>
        <translation>&amp;Parts to order (yuan):</translation>
    </message>
    <message>
        <source>Dep&amp;osit (yuan):</source>
        <translation>Dep&amp;osit (yuan):</translation>
    </message>
    <message>
        <source>Deposit pa&amp;id</source>
        <translation>Deposit pa&amp;id</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>&amp;Previous day</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Ne&amp;xt day</source>
        <translation>Ne&amp;xt day</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;No-show</translation>
    </message>
    <message>
        <source>C&amp;ancel appointment…</source>
        <translation>C&amp;ancel appointment…</translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation>&amp;Log call…</translation>
    </message>
    <message>
        <source>Appoint&amp;ments of the day</source>
        <translation>Appoint&amp;ments of the day</translation>
    </message>
    <message>
        <source>&amp;Check in… (F4)</source>
        <translation>&amp;Check in… (F4)</translation>
    </message>
    <message>
        <source>L&amp;oad per advisor and bay</source>
        <translation>L&amp;oad per advisor and bay</translation>
    </message>
    <message>
        <source>Ne&amp;w appointment…</source>
        <translation>Ne&amp;w appointment…</translation>
    </message>
    <message>
        <source>Find the vehicle at reception, then book it there (Alt+B).</source>
        <translation>Find the vehicle at reception, then book it there (Alt+B).</translation>
    </message>
    <message>
        <source>To conf&amp;irm by phone</source>
        <translation>To conf&amp;irm by phone</translation>
    </message>
    <message>
        <source>P&amp;rint slip…</source>
        <translation>P&amp;rint slip…</translation>
    </message>
    <message>
        <source>The appointment slip for the customer (Ctrl+P)</source>
        <translation>The appointment slip for the customer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Mar&amp;k the no-shows</source>
        <translation>Mar&amp;k the no-shows</translation>
    </message>
    <message>
        <source>Every booking of the day whose grace time has passed without the customer (Settings, Workshop hours)</source>
        <translation>Every booking of the day whose grace time has passed without the customer (Settings, Workshop hours)</translation>
    </message>
    <message>
        <source>Timeline b&amp;y advisor and bay</source>
        <translation>Timeline b&amp;y advisor and bay</translation>
    </message>
    <message>
        <source>Green: free. Arrows move between bookings, Enter opens one.</source>
        <translation>Green: free. Arrows move between bookings, Enter opens one.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>&amp;Waiting for the customer:</source>
        <translation>&amp;Waiting for the customer:</translation>
    </message>
    <message>
        <source>&amp;Record the decision…</source>
        <translation>&amp;Record the decision…</translation>
    </message>
    <message>
        <source>&amp;Decided, workshop not told yet:</source>
        <translation>&amp;Decided, workshop not told yet:</translation>
    </message>
    <message>
        <source>&amp;Tell the workshop…</source>
        <translation>&amp;Tell the workshop…</translation>
    </message>
    <message>
        <source>&amp;Print for signature…</source>
        <translation>&amp;Print for signature…</translation>
    </message>
    <message>
        <source>The add-on repair approval form for the customer&apos;s signature</source>
        <translation>The add-on repair approval form for the customer&apos;s signature</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Record t&amp;ype:</source>
        <translation>Record t&amp;ype:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <source>Recompute every audit row&apos;s hash and check that none was changed, removed or slipped in</source>
        <translation>Recompute every audit row&apos;s hash and check that none was changed, removed or slipped in</translation>
    </message>
    <message>
        <source>Find in the &amp;list:</source>
        <translation>Find in the &amp;list:</translation>
    </message>
    <message>
        <source>a name, a station, a plate, a number…</source>
        <translation>a name, a station, a plate, a number…</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>Acti&amp;on:</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>The rows shown, as they are filtered, in a CSV file for Excel</source>
        <translation>The rows shown, as they are filtered, in a CSV file for Excel</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Reminder call</source>
        <translation>Reminder call</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>Call:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>What was agreed; why the customer cancelled</source>
        <translation>What was agreed; why the customer cancelled</translation>
    </message>
    <message>
        <source>Earlier calls</source>
        <translation>Earlier calls</translation>
    </message>
</context>
<context>
    <name>CannedJobDialog</name>
    <message>
        <source>Add a job</source>
        <translation>Add a job</translation>
    </message>
    <message>
        <source>&amp;Jobs:</source>
        <translation>&amp;Jobs:</translation>
    </message>
    <message>
        <source>What it &amp;contains, priced for this car:</source>
        <translation>What it &amp;contains, priced for this car:</translation>
    </message>
    <message>
        <source>&amp;Who pays:</source>
        <translation>&amp;Who pays:</translation>
    </message>
</context>
<context>
    <name>CashierPage</name>
    <message>
        <source>Scan the barcode on the customer&apos;s form anywhere on this screen, or type the work-order or statement number:</source>
        <translation>Scan the barcode on the customer&apos;s form anywhere on this screen, or type the work-order or statement number:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>WO… or ST…</source>
        <translation>WO… or ST…</translation>
    </message>
    <message>
        <source>Ready for settlement, by promised time</source>
        <translation>Ready for settlement, by promised time</translation>
    </message>
    <message>
        <source>&amp;Day close…</source>
        <translation>&amp;Day close…</translation>
    </message>
    <message>
        <source>L&amp;ine discount…</source>
        <translation>L&amp;ine discount…</translation>
    </message>
    <message>
        <source>A discount on the selected line: a percentage (10%) or an amount (20.00). Only lines the customer pays.</source>
        <translation>A discount on the selected line: a percentage (10%) or an amount (20.00). Only lines the customer pays.</translation>
    </message>
    <message>
        <source>&amp;Order discount:</source>
        <translation>&amp;Order discount:</translation>
    </message>
    <message>
        <source>10% or 50.00</source>
        <translation>10% or 50.00</translation>
    </message>
    <message>
        <source>&amp;Round off (抹零)</source>
        <translation>&amp;Round off (抹零)</translation>
    </message>
    <message>
        <source>Drops what is below one yuan from what the customer pays, as a recorded discount.</source>
        <translation>Drops what is below one yuan from what the customer pays, as a recorded discount.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>Cash re&amp;ceived:</source>
        <translation>Cash re&amp;ceived:</translation>
    </message>
    <message>
        <source>Ref&amp;erence:</source>
        <translation>Ref&amp;erence:</translation>
    </message>
    <message>
        <source>transaction or slip no.</source>
        <translation>transaction or slip no.</translation>
    </message>
    <message>
        <source>Add &amp;payment</source>
        <translation>Add &amp;payment</translation>
    </message>
    <message>
        <source>Remove pa&amp;yment</source>
        <translation>Remove pa&amp;yment</translation>
    </message>
    <message>
        <source>Old par&amp;ts:</source>
        <translation>Old par&amp;ts:</translation>
    </message>
    <message>
        <source>Sett&amp;le (Ctrl+Enter)</source>
        <translation>Sett&amp;le (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Statement (Ctrl+P)</source>
        <translation>Statement (Ctrl+P)</translation>
    </message>
    <message>
        <source>Release notice (Ctrl+R)</source>
        <translation>Release notice (Ctrl+R)</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>Re&amp;verse…</translation>
    </message>
    <message>
        <source>Reversal (冲红): a negative entry with the reason, authorized by a service manager. The work order can then be settled again.</source>
        <translation>Reversal (冲红): a negative entry with the reason, authorized by a service manager. The work order can then be settled again.</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Catalogs</source>
        <translation>Catalogs</translation>
    </message>
    <message>
        <source>&amp;Labor operations</source>
        <translation>&amp;Labor operations</translation>
    </message>
    <message>
        <source>&amp;Parts price list</source>
        <translation>&amp;Parts price list</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>Fi&amp;nd:</translation>
    </message>
    <message>
        <source>part number or any part of the name</source>
        <translation>part number or any part of the name</translation>
    </message>
    <message>
        <source>Canned &amp;jobs</source>
        <translation>Canned &amp;jobs</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>Vehicle:</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <source>Person &amp;dropping off:</source>
        <translation>Person &amp;dropping off:</translation>
    </message>
    <message>
        <source>Their p&amp;hone:</source>
        <translation>Their p&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Mileage (km):</source>
        <translation>&amp;Mileage (km):</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>not read yet</translation>
    </message>
    <message>
        <source>Conc&amp;erns:</source>
        <translation>Conc&amp;erns:</translation>
    </message>
    <message>
        <source>One concern per line, in the customer&apos;s own words</source>
        <translation>One concern per line, in the customer&apos;s own words</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>Register a complaint</translation>
    </message>
    <message>
        <source>&amp;Customer or vehicle:</source>
        <translation>&amp;Customer or vehicle:</translation>
    </message>
    <message>
        <source>plate, phone, name or work-order number; Down to choose</source>
        <translation>plate, phone, name or work-order number; Down to choose</translation>
    </message>
    <message>
        <source>&amp;Work order:</source>
        <translation>&amp;Work order:</translation>
    </message>
    <message>
        <source>Recei&amp;ved through:</source>
        <translation>Recei&amp;ved through:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategory:</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>S&amp;everity:</translation>
    </message>
    <message>
        <source>What the customer &amp;said:</source>
        <translation>What the customer &amp;said:</translation>
    </message>
    <message>
        <source>in the customer&apos;s own words; Ctrl+Enter registers the complaint</source>
        <translation>in the customer&apos;s own words; Ctrl+Enter registers the complaint</translation>
    </message>
</context>
<context>
    <name>ComplaintStepDialog</name>
    <message>
        <source>Complaint: log a step</source>
        <translation>Complaint: log a step</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>S&amp;tep:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>what was done, found or said; Ctrl+Enter logs the step</source>
        <translation>what was done, found or said; Ctrl+Enter logs the step</translation>
    </message>
    <message>
        <source>&amp;Work order no.:</source>
        <translation>&amp;Work order no.:</translation>
    </message>
    <message>
        <source>the comeback or goodwill work order opened at reception</source>
        <translation>the comeback or goodwill work order opened at reception</translation>
    </message>
    <message>
        <source>&amp;Hand over to:</source>
        <translation>&amp;Hand over to:</translation>
    </message>
    <message>
        <source>Customer &amp;satisfied:</source>
        <translation>Customer &amp;satisfied:</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <source>&amp;Open complaints:</source>
        <translation>&amp;Open complaints:</translation>
    </message>
    <message>
        <source>Also those closed in the last 30 &amp;days</source>
        <translation>Also those closed in the last 30 &amp;days</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>&amp;New complaint…</translation>
    </message>
    <message>
        <source>Register a complaint received at the counter, by phone, by letter, from the manufacturer&apos;s hotline or online</source>
        <translation>Register a complaint received at the counter, by phone, by letter, from the manufacturer&apos;s hotline or online</translation>
    </message>
    <message>
        <source>Log a s&amp;tep…</source>
        <translation>Log a s&amp;tep…</translation>
    </message>
    <message>
        <source>On the selected complaint: called, investigated, comeback, goodwill, reply, handover, call-back, reopen (Enter)</source>
        <translation>On the selected complaint: called, investigated, comeback, goodwill, reply, handover, call-back, reopen (Enter)</translation>
    </message>
    <message>
        <source>P&amp;rint the form…</source>
        <translation>P&amp;rint the form…</translation>
    </message>
    <message>
        <source>The complaint-handling form (客户投诉处理单) of the selected complaint</source>
        <translation>The complaint-handling form (客户投诉处理单) of the selected complaint</translation>
    </message>
</context>
<context>
    <name>DamageMarkDialog</name>
    <message>
        <source>Damage mark</source>
        <translation>Damage mark</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Found:</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;View:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Size or &amp;note:</source>
        <translation>Size or &amp;note:</translation>
    </message>
    <message>
        <source>e.g. 5 cm, rear bumper corner</source>
        <translation>e.g. 5 cm, rear bumper corner</translation>
    </message>
    <message>
        <source>This visit:</source>
        <translation>This visit:</translation>
    </message>
    <message>
        <source>Still &amp;present</source>
        <translation>Still &amp;present</translation>
    </message>
    <message>
        <source>&amp;Repaired</source>
        <translation>&amp;Repaired</translation>
    </message>
    <message>
        <source>P&amp;hotos:</source>
        <translation>P&amp;hotos:</translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation>&amp;Add photo…</translation>
    </message>
    <message>
        <source>Re&amp;move new photo</source>
        <translation>Re&amp;move new photo</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>Where DealerDesk on this PC keeps its data. A change takes effect when DealerDesk starts again; nothing is copied or deleted.</source>
        <translation>Where DealerDesk on this PC keeps its data. A change takes effect when DealerDesk starts again; nothing is copied or deleted.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (reception and cashier on several PCs)</source>
        <translation>&amp;PostgreSQL server (reception and cashier on several PCs)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10</source>
        <translation>e.g. 192.168.1.10</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>only to test; keep it in ~/.pgpass for daily use</source>
        <translation>only to test; keep it in ~/.pgpass for daily use</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>S&amp;QLite file on this PC (one counter PC)</source>
        <translation>S&amp;QLite file on this PC (one counter PC)</translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <source>Day close</source>
        <translation>Day close</translation>
    </message>
    <message>
        <source>Business &amp;day:</source>
        <translation>Business &amp;day:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>&amp;Close the day</source>
        <translation>&amp;Close the day</translation>
    </message>
    <message>
        <source>Discounts given, and who approved them:</source>
        <translation>Discounts given, and who approved them:</translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation>Cash count</translation>
    </message>
    <message>
        <source>Cash expected:</source>
        <translation>Cash expected:</translation>
    </message>
    <message>
        <source>Cash c&amp;ounted (yuan):</source>
        <translation>Cash c&amp;ounted (yuan):</translation>
    </message>
    <message>
        <source>e.g. 1250.00</source>
        <translation>e.g. 1250.00</translation>
    </message>
    <message>
        <source>Over / short:</source>
        <translation>Over / short:</translation>
    </message>
    <message>
        <source>&amp;Reason if over or short:</source>
        <translation>&amp;Reason if over or short:</translation>
    </message>
    <message>
        <source>&amp;Hand over the shift…</source>
        <translation>&amp;Hand over the shift…</translation>
    </message>
    <message>
        <source>Another cashier takes the desk over: the drawer is counted now, over or short with its reason</source>
        <translation>Another cashier takes the desk over: the drawer is counted now, over or short with its reason</translation>
    </message>
</context>
<context>
    <name>DealershipSettingsDialog</name>
    <message>
        <source>Dealership settings</source>
        <translation>Dealership settings</translation>
    </message>
    <message>
        <source>&amp;Dealership</source>
        <translation>&amp;Dealership</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>e.g. 021-5858 6688</source>
        <translation>e.g. 021-5858 6688</translation>
    </message>
    <message>
        <source>&amp;Tax number:</source>
        <translation>&amp;Tax number:</translation>
    </message>
    <message>
        <source>unified social credit code, 18 characters</source>
        <translation>unified social credit code, 18 characters</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>&amp;Prices</translation>
    </message>
    <message>
        <source>VAT ra&amp;te (%):</source>
        <translation>VAT ra&amp;te (%):</translation>
    </message>
    <message>
        <source>Labor rates (tax-inclusive, per hour). Rates in use are never deleted; untick Active to retire one.</source>
        <translation>Labor rates (tax-inclusive, per hour). Rates in use are never deleted; untick Active to retire one.</translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation>&amp;Add rate</translation>
    </message>
    <message>
        <source>Each document number is the prefix, the date and a counter that restarts every day, unique across all stations.</source>
        <translation>Each document number is the prefix, the date and a counter that restarts every day, unique across all stations.</translation>
    </message>
    <message>
        <source>&amp;Work orders:</source>
        <translation>&amp;Work orders:</translation>
    </message>
    <message>
        <source>&amp;Settlements:</source>
        <translation>&amp;Settlements:</translation>
    </message>
    <message>
        <source>Appoint&amp;ments:</source>
        <translation>Appoint&amp;ments:</translation>
    </message>
    <message>
        <source>Printed on the intake sheet and the work order the customer signs.</source>
        <translation>Printed on the intake sheet and the work order the customer signs.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Discard your changes here and show what is saved now</source>
        <translation>Discard your changes here and show what is saved now</translation>
    </message>
    <message>
        <source>&amp;Lock idle PCs after:</source>
        <translation>&amp;Lock idle PCs after:</translation>
    </message>
    <message>
        <source>A counter PC nobody touches for this many minutes locks itself (0 = never). Not while a dialog is open.</source>
        <translation>A counter PC nobody touches for this many minutes locks itself (0 = never). Not while a dialog is open.</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Choose &amp;image...</source>
        <translation>Choose &amp;image...</translation>
    </message>
    <message>
        <source>Doc&amp;ument numbers</source>
        <translation>Doc&amp;ument numbers</translation>
    </message>
    <message>
        <source>Hando&amp;ver terms</source>
        <translation>Hando&amp;ver terms</translation>
    </message>
    <message>
        <source>&amp;Greet arrivals within:</source>
        <translation>&amp;Greet arrivals within:</translation>
    </message>
    <message>
        <source>A vehicle waiting longer than this since its arrival with no advisor is shown in red on the reception board.</source>
        <translation>A vehicle waiting longer than this since its arrival with no advisor is shown in red on the reception board.</translation>
    </message>
    <message>
        <source>An add-on finding waiting longer than this for the customer&apos;s decision is highlighted on the approvals screen.</source>
        <translation>An add-on finding waiting longer than this for the customer&apos;s decision is highlighted on the approvals screen.</translation>
    </message>
    <message>
        <source>Approvals &amp;waiting over:</source>
        <translation>Approvals &amp;waiting over:</translation>
    </message>
    <message>
        <source>Advisor dis&amp;count limit (%):</source>
        <translation>Advisor dis&amp;count limit (%):</translation>
    </message>
    <message>
        <source>The discount a service advisor may grant alone, as a share of what the customer pays. Above it a service manager approves at the counter.</source>
        <translation>The discount a service advisor may grant alone, as a share of what the customer pays. Above it a service manager approves at the counter.</translation>
    </message>
    <message>
        <source>Cashi&amp;er discount limit (%):</source>
        <translation>Cashi&amp;er discount limit (%):</translation>
    </message>
    <message>
        <source>The discount a cashier may grant alone, as a share of what the customer pays. Above it a service manager approves at the counter.</source>
        <translation>The discount a cashier may grant alone, as a share of what the customer pays. Above it a service manager approves at the counter.</translation>
    </message>
    <message>
        <source>Service interval by distance (&amp;km):</source>
        <translation>Service interval by distance (&amp;km):</translation>
    </message>
    <message>
        <source>The next maintenance printed on the release notice: this distance after the odometer reading at delivery.</source>
        <translation>The next maintenance printed on the release notice: this distance after the odometer reading at delivery.</translation>
    </message>
    <message>
        <source>Service interval b&amp;y time (months):</source>
        <translation>Service interval b&amp;y time (months):</translation>
    </message>
    <message>
        <source>The next maintenance printed on the release notice: this many months after delivery, whichever comes first.</source>
        <translation>The next maintenance printed on the release notice: this many months after delivery, whichever comes first.</translation>
    </message>
    <message>
        <source>De&amp;fault labor rate:</source>
        <translation>De&amp;fault labor rate:</translation>
    </message>
    <message>
        <source>The labor rate a new estimate line starts with. Lines from the labor catalog keep their operation&apos;s own category.</source>
        <translation>The labor rate a new estimate line starts with. Lines from the labor catalog keep their operation&apos;s own category.</translation>
    </message>
    <message>
        <source>W&amp;orkshop hours</source>
        <translation>W&amp;orkshop hours</translation>
    </message>
    <message>
        <source>Promises and their suggestions stay inside these hours; work that does not fit goes on to the next workday.</source>
        <translation>Promises and their suggestions stay inside these hours; work that does not fit goes on to the next workday.</translation>
    </message>
    <message>
        <source>Ope&amp;ns at:</source>
        <translation>Ope&amp;ns at:</translation>
    </message>
    <message>
        <source>Closes &amp;at:</source>
        <translation>Closes &amp;at:</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Closed on:</translation>
    </message>
    <message>
        <source>No-&amp;show after:</source>
        <translation>No-&amp;show after:</translation>
    </message>
    <message>
        <source>A booking whose time has passed is shown late; once this many minutes have passed without the customer, as a no-show to record.</source>
        <translation>A booking whose time has passed is shown late; once this many minutes have passed without the customer, as a no-show to record.</translation>
    </message>
    <message>
        <source>Completion &amp;certificates:</source>
        <translation>Completion &amp;certificates:</translation>
    </message>
    <message>
        <source>合格证编号: given when the quality check passes a level-2 maintenance or a major repair</source>
        <translation>合格证编号: given when the quality check passes a level-2 maintenance or a major repair</translation>
    </message>
    <message>
        <source>Quality guarantee committed (never below the legal minimum)</source>
        <translation>Quality guarantee committed (never below the legal minimum)</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>legal minimum</source>
        <translation>legal minimum</translation>
    </message>
    <message>
        <source>Comp&amp;laints:</source>
        <translation>Comp&amp;laints:</translation>
    </message>
    <message>
        <source>The number printed on the complaint-handling form (客户投诉处理单)</source>
        <translation>The number printed on the complaint-handling form (客户投诉处理单)</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>The customer&apos;s decision</source>
        <translation>The customer&apos;s decision</translation>
    </message>
    <message>
        <source>&amp;Lines: a decision for each</source>
        <translation>&amp;Lines: a decision for each</translation>
    </message>
    <message>
        <source>Appro&amp;ve all</source>
        <translation>Appro&amp;ve all</translation>
    </message>
    <message>
        <source>Who decided, and how</source>
        <translation>Who decided, and how</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Decided &amp;by:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>&amp;Number used:</source>
        <translation>&amp;Number used:</translation>
    </message>
    <message>
        <source>Decided &amp;at:</source>
        <translation>Decided &amp;at:</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Telling the customer</source>
        <translation>Telling the customer</translation>
    </message>
    <message>
        <source>&amp;Notification:</source>
        <translation>&amp;Notification:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>&amp;Reason given:</source>
        <translation>&amp;Reason given:</translation>
    </message>
    <message>
        <source>delay: why, with the apology given</source>
        <translation>delay: why, with the apology given</translation>
    </message>
    <message>
        <source>New &amp;promise:</source>
        <translation>New &amp;promise:</translation>
    </message>
    <message>
        <source>&amp;Log notification</source>
        <translation>&amp;Log notification</translation>
    </message>
    <message>
        <source>Pickup checklist</source>
        <translation>Pickup checklist</translation>
    </message>
    <message>
        <source>R&amp;emarks:</source>
        <translation>R&amp;emarks:</translation>
    </message>
    <message>
        <source>&amp;Deliver the car</source>
        <translation>&amp;Deliver the car</translation>
    </message>
    <message>
        <source>Odo&amp;meter out:</source>
        <translation>Odo&amp;meter out:</translation>
    </message>
    <message>
        <source>km, if read</source>
        <translation>km, if read</translation>
    </message>
    <message>
        <source>The odometer as the car leaves; printed on the settlement statement and the completion certificate</source>
        <translation>The odometer as the car leaves; printed on the settlement statement and the completion certificate</translation>
    </message>
</context>
<context>
    <name>DispatchBoardPage</name>
    <message>
        <source>&amp;Work in the shop:</source>
        <translation>&amp;Work in the shop:</translation>
    </message>
    <message>
        <source>Find on the &amp;board:</source>
        <translation>Find on the &amp;board:</translation>
    </message>
    <message>
        <source>a plate, a technician, a number…</source>
        <translation>a plate, a technician, a number…</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Add-on finding</source>
        <translation>Add-on finding</translation>
    </message>
    <message>
        <source>&amp;Found:</source>
        <translation>&amp;Found:</translation>
    </message>
    <message>
        <source>e.g. right front shock absorber leaking</source>
        <translation>e.g. right front shock absorber leaking</translation>
    </message>
    <message>
        <source>&amp;Why it is needed:</source>
        <translation>&amp;Why it is needed:</translation>
    </message>
    <message>
        <source>in words the customer understands</source>
        <translation>in words the customer understands</translation>
    </message>
    <message>
        <source>Safety:</source>
        <translation>Safety:</translation>
    </message>
    <message>
        <source>&amp;Safety-critical</source>
        <translation>&amp;Safety-critical</translation>
    </message>
    <message>
        <source>E&amp;xtra time:</source>
        <translation>E&amp;xtra time:</translation>
    </message>
    <message>
        <source>why not: what the advisor tells the customer</source>
        <translation>why not: what the advisor tells the customer</translation>
    </message>
    <message>
        <source>&amp;Proposed work:</source>
        <translation>&amp;Proposed work:</translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation>&amp;Add line…</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <source>Warrant&amp;y:</source>
        <translation>Warrant&amp;y:</translation>
    </message>
    <message>
        <source>P&amp;hotos…</source>
        <translation>P&amp;hotos…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to DealerDesk</source>
        <translation>Welcome to DealerDesk</translation>
    </message>
    <message>
        <source>Set up DealerDesk</source>
        <translation>Set up DealerDesk</translation>
    </message>
    <message>
        <source>This database is new. Create the administrator account that manages users and settings. DealerDesk has no default password: choose one now and keep it safe.</source>
        <translation>This database is new. Create the administrator account that manages users and settings. DealerDesk has no default password: choose one now and keep it safe.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>e.g. admin</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>Start with</translation>
    </message>
    <message>
        <source>An &amp;empty dealership: enter your own data</source>
        <translation>An &amp;empty dealership: enter your own data</translation>
    </message>
    <message>
        <source>&amp;Dealership name:</source>
        <translation>&amp;Dealership name:</translation>
    </message>
    <message>
        <source>printed on every form</source>
        <translation>printed on every form</translation>
    </message>
    <message>
        <source>The de&amp;mo dealership: sample data for trying things out and for training</source>
        <translation>The de&amp;mo dealership: sample data for trying things out and for training</translation>
    </message>
    <message>
        <source>Sign-in &amp;name:</source>
        <translation>Sign-in &amp;name:</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>Dealership</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>not set yet: enter it under Settings &gt; Dealership after signing in</source>
        <translation>not set yet: enter it under Settings &gt; Dealership after signing in</translation>
    </message>
    <message>
        <source>The dealership, its staff and its data stay as they are.</source>
        <translation>The dealership, its staff and its data stay as they are.</translation>
    </message>
</context>
<context>
    <name>FollowUpCallDialog</name>
    <message>
        <source>Follow-up call</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <source>&amp;Number dialled:</source>
        <translation>&amp;Number dialled:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Call &amp;back at:</source>
        <translation>Call &amp;back at:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>what the customer said</source>
        <translation>what the customer said</translation>
    </message>
    <message>
        <source>Satisfaction questions: each 1 (poor) to 10 (excellent), — when not answered</source>
        <translation>Satisfaction questions: each 1 (poor) to 10 (excellent), — when not answered</translation>
    </message>
    <message>
        <source>Service &amp;initiation (booking, greeting):</source>
        <translation>Service &amp;initiation (booking, greeting):</translation>
    </message>
    <message>
        <source>Service a&amp;dvisor:</source>
        <translation>Service a&amp;dvisor:</translation>
    </message>
    <message>
        <source>Faci&amp;lity:</source>
        <translation>Faci&amp;lity:</translation>
    </message>
    <message>
        <source>Vehicle &amp;pick-up:</source>
        <translation>Vehicle &amp;pick-up:</translation>
    </message>
    <message>
        <source>Service &amp;quality:</source>
        <translation>Service &amp;quality:</translation>
    </message>
    <message>
        <source>&amp;Would recommend us (0–10):</source>
        <translation>&amp;Would recommend us (0–10):</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mment:</translation>
    </message>
    <message>
        <source>the customer&apos;s own words on the visit</source>
        <translation>the customer&apos;s own words on the visit</translation>
    </message>
</context>
<context>
    <name>FollowUpMessageDialog</name>
    <message>
        <source>A message instead of the call</source>
        <translation>A message instead of the call</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Queued for today&apos;s export to the shop&apos;s SMS platform (dealerdesk messages); a letter is printed and posted. Ctrl+Enter queues it.</source>
        <translation>Queued for today&apos;s export to the shop&apos;s SMS platform (dealerdesk messages); a letter is printed and posted. Ctrl+Enter queues it.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>&amp;Calls to make:</source>
        <translation>&amp;Calls to make:</translation>
    </message>
    <message>
        <source>&amp;Log the call…</source>
        <translation>&amp;Log the call…</translation>
    </message>
    <message>
        <source>The outcome of a call to the selected customer: reached, no answer, busy, wrong number, call back later, refused (Enter)</source>
        <translation>The outcome of a call to the selected customer: reached, no answer, busy, wrong number, call back later, refused (Enter)</translation>
    </message>
    <message>
        <source>Call &amp;queue</source>
        <translation>Call &amp;queue</translation>
    </message>
    <message>
        <source>Re&amp;gister a complaint…</source>
        <translation>Re&amp;gister a complaint…</translation>
    </message>
    <message>
        <source>The customer on the selected call complains: register it with the call attached</source>
        <translation>The customer on the selected call complains: register it with the call attached</translation>
    </message>
    <message>
        <source>Com&amp;plaints</source>
        <translation>Com&amp;plaints</translation>
    </message>
    <message>
        <source>Send a &amp;message instead…</source>
        <translation>Send a &amp;message instead…</translation>
    </message>
    <message>
        <source>Not reached after the tries the dealership allows: an SMS, a WeChat message or a letter instead of the call</source>
        <translation>Not reached after the tries the dealership allows: an SMS, a WeChat message or a letter instead of the call</translation>
    </message>
</context>
<context>
    <name>FollowUpRulesDialog</name>
    <message>
        <source>Follow-up and complaint rules</source>
        <translation>Follow-up and complaint rules</translation>
    </message>
    <message>
        <source>When the follow-up calls fall due after a delivery, who calls, when a call turns into a message, the satisfaction survey and the complaint deadlines. Every PC uses these rules from the next delivery, call or complaint.</source>
        <translation>When the follow-up calls fall due after a delivery, who calls, when a call turns into a message, the satisfaction survey and the complaint deadlines. Every PC uses these rules from the next delivery, call or complaint.</translation>
    </message>
    <message>
        <source>&amp;Big job from (¥):</source>
        <translation>&amp;Big job from (¥):</translation>
    </message>
    <message>
        <source>A visit of this amount or more is called the next day, with a second call a week later (0: by amount never)</source>
        <translation>A visit of this amount or more is called the next day, with a second call a week later (0: by amount never)</translation>
    </message>
    <message>
        <source>... or &amp;sold hours from:</source>
        <translation>... or &amp;sold hours from:</translation>
    </message>
    <message>
        <source>Sold labor hours from which a visit is a big job (0: by hours never)</source>
        <translation>Sold labor hours from which a visit is a big job (0: by hours never)</translation>
    </message>
    <message>
        <source>&amp;First call, days after delivery:</source>
        <translation>&amp;First call, days after delivery:</translation>
    </message>
    <message>
        <source>Other visits: the first call falls this many days after the car left (seed 001: 2 days to a week)</source>
        <translation>Other visits: the first call falls this many days after the car left (seed 001: 2 days to a week)</translation>
    </message>
    <message>
        <source>S&amp;econd call, days after the first:</source>
        <translation>S&amp;econd call, days after the first:</translation>
    </message>
    <message>
        <source>Big and repeat jobs: a second call checks the repair holds</source>
        <translation>Big and repeat jobs: a second call checks the repair holds</translation>
    </message>
    <message>
        <source>The advisor who served the customer does not make the &amp;call</source>
        <translation>The advisor who served the customer does not make the &amp;call</translation>
    </message>
    <message>
        <source>As Chinese 4S practice asks: the follow-up call is made by someone else</source>
        <translation>As Chinese 4S practice asks: the follow-up call is made by someone else</translation>
    </message>
    <message>
        <source>Message after failed &amp;attempts:</source>
        <translation>Message after failed &amp;attempts:</translation>
    </message>
    <message>
        <source>Not reached this many times: an SMS, WeChat message or letter instead</source>
        <translation>Not reached this many times: an SMS, WeChat message or letter instead</translation>
    </message>
    <message>
        <source>... or after &amp;days not reached:</source>
        <translation>... or after &amp;days not reached:</translation>
    </message>
    <message>
        <source>Days after the call fell due without reaching the customer</source>
        <translation>Days after the call fell due without reaching the customer</translation>
    </message>
    <message>
        <source>Survey &amp;gap (days):</source>
        <translation>Survey &amp;gap (days):</translation>
    </message>
    <message>
        <source>No customer is asked the satisfaction questions twice within this</source>
        <translation>No customer is asked the satisfaction questions twice within this</translation>
    </message>
    <message>
        <source>&amp;Low score, opens a complaint:</source>
        <translation>&amp;Low score, opens a complaint:</translation>
    </message>
    <message>
        <source>A factor or the recommend question at or below this opens a complaint for the service manager</source>
        <translation>A factor or the recommend question at or below this opens a complaint for the service manager</translation>
    </message>
    <message>
        <source>General complaint: first &amp;reply within (h):</source>
        <translation>General complaint: first &amp;reply within (h):</translation>
    </message>
    <message>
        <source>Seed 002: inquiries answered within 24 hours</source>
        <translation>Seed 002: inquiries answered within 24 hours</translation>
    </message>
    <message>
        <source>General complaint: res&amp;olved within (h):</source>
        <translation>General complaint: res&amp;olved within (h):</translation>
    </message>
    <message>
        <source>Seed 002: complaints handled within 48 hours</source>
        <translation>Seed 002: complaints handled within 48 hours</translation>
    </message>
    <message>
        <source>&amp;Major complaint: first reply within (h):</source>
        <translation>&amp;Major complaint: first reply within (h):</translation>
    </message>
    <message>
        <source>Compensation, or beyond the clerk: the service manager&apos;s</source>
        <translation>Compensation, or beyond the clerk: the service manager&apos;s</translation>
    </message>
    <message>
        <source>Ma&amp;jor complaint: resolved within (h):</source>
        <translation>Ma&amp;jor complaint: resolved within (h):</translation>
    </message>
    <message>
        <source>Message &amp;text instead of a call:</source>
        <translation>Message &amp;text instead of a call:</translation>
    </message>
    <message>
        <source>Fields: {name}, {plate}, {date}, {amount}, {shop}, {phone}. Empty: the default text</source>
        <translation>Fields: {name}, {plate}, {date}, {amount}, {shop}, {phone}. Empty: the default text</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Set-up checklist</source>
        <translation>Set-up checklist</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>&amp;Users...</translation>
    </message>
    <message>
        <source>&amp;Back up now...</source>
        <translation>&amp;Back up now...</translation>
    </message>
    <message>
        <source>&amp;Dealership settings...</source>
        <translation>&amp;Dealership settings...</translation>
    </message>
</context>
<context>
    <name>InspectionFindingsDialog</name>
    <message>
        <source>Findings of the inspection</source>
        <translation>Findings of the inspection</translation>
    </message>
    <message>
        <source>Yellow and red quick checks of the walk-around. Put each into this visit&apos;s estimate (priced at half an hour to start with; adjust the line), recommend it for later (it comes back at the next visit), or leave it.</source>
        <translation>Yellow and red quick checks of the walk-around. Put each into this visit&apos;s estimate (priced at half an hour to start with; adjust the line), recommend it for later (it comes back at the next visit), or leave it.</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>&amp;Vehicles in the shop:</source>
        <translation>&amp;Vehicles in the shop:</translation>
    </message>
    <message>
        <source>&amp;Key cabinet…</source>
        <translation>&amp;Key cabinet…</translation>
    </message>
    <message>
        <source>&amp;1 Body damage</source>
        <translation>&amp;1 Body damage</translation>
    </message>
    <message>
        <source>Click the car to mark damage. Drag a new mark to move it; Delete removes it; Page Down steps through the marks.</source>
        <translation>Click the car to mark damage. Drag a new mark to move it; Delete removes it; Page Down steps through the marks.</translation>
    </message>
    <message>
        <source>&amp;Add mark…</source>
        <translation>&amp;Add mark…</translation>
    </message>
    <message>
        <source>&amp;Open mark…</source>
        <translation>&amp;Open mark…</translation>
    </message>
    <message>
        <source>Still &amp;present</source>
        <translation>Still &amp;present</translation>
    </message>
    <message>
        <source>&amp;Repaired</source>
        <translation>&amp;Repaired</translation>
    </message>
    <message>
        <source>Re&amp;move mark</source>
        <translation>Re&amp;move mark</translation>
    </message>
    <message>
        <source>&amp;2 Readings and checks</source>
        <translation>&amp;2 Readings and checks</translation>
    </message>
    <message>
        <source>&amp;Odometer (km):</source>
        <translation>&amp;Odometer (km):</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>not read yet</translation>
    </message>
    <message>
        <source>&amp;Why lower:</source>
        <translation>&amp;Why lower:</translation>
    </message>
    <message>
        <source>e.g. instrument cluster replaced on 2026-03-02</source>
        <translation>e.g. instrument cluster replaced on 2026-03-02</translation>
    </message>
    <message>
        <source>Fuel &amp;level:</source>
        <translation>Fuel &amp;level:</translation>
    </message>
    <message>
        <source>Warning lamps on</source>
        <translation>Warning lamps on</translation>
    </message>
    <message>
        <source>Quick checks</source>
        <translation>Quick checks</translation>
    </message>
    <message>
        <source>&amp;3 Handover and key</source>
        <translation>&amp;3 Handover and key</translation>
    </message>
    <message>
        <source>Belongings in the car</source>
        <translation>Belongings in the car</translation>
    </message>
    <message>
        <source>&amp;Other belongings:</source>
        <translation>&amp;Other belongings:</translation>
    </message>
    <message>
        <source>e.g. child seat, umbrella</source>
        <translation>e.g. child seat, umbrella</translation>
    </message>
    <message>
        <source>Valuables:</source>
        <translation>Valuables:</translation>
    </message>
    <message>
        <source>Customer &amp;reminded to take valuables</source>
        <translation>Customer &amp;reminded to take valuables</translation>
    </message>
    <message>
        <source>Old parts:</source>
        <translation>Old parts:</translation>
    </message>
    <message>
        <source>Customer &amp;takes them</source>
        <translation>Customer &amp;takes them</translation>
    </message>
    <message>
        <source>Shop &amp;disposes of them</source>
        <translation>Shop &amp;disposes of them</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>&amp;Protective covers fitted</source>
        <translation>&amp;Protective covers fitted</translation>
    </message>
    <message>
        <source>&amp;Wash wanted</source>
        <translation>&amp;Wash wanted</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Leaves the c&amp;ar</source>
        <translation>Leaves the c&amp;ar</translation>
    </message>
    <message>
        <source>Waits in the &amp;lounge</source>
        <translation>Waits in the &amp;lounge</translation>
    </message>
    <message>
        <source>Key ta&amp;g:</source>
        <translation>Key ta&amp;g:</translation>
    </message>
    <message>
        <source>e.g. A07</source>
        <translation>e.g. A07</translation>
    </message>
    <message>
        <source>Pro&amp;mised ready by:</source>
        <translation>Pro&amp;mised ready by:</translation>
    </message>
    <message>
        <source>&amp;no time promised yet</source>
        <translation>&amp;no time promised yet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Complete inspection</source>
        <translation>&amp;Complete inspection</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>Print &amp;intake sheet…</source>
        <translation>Print &amp;intake sheet…</translation>
    </message>
    <message>
        <source>S&amp;tate of charge (%):</source>
        <translation>S&amp;tate of charge (%):</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <source>Displa&amp;yed range (km):</source>
        <translation>Displa&amp;yed range (km):</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>Refresh list</translation>
    </message>
    <message>
        <source>Read the list of vehicles again (F5)</source>
        <translation>Read the list of vehicles again (F5)</translation>
    </message>
    <message>
        <source>On to the &amp;estimate</source>
        <translation>On to the &amp;estimate</translation>
    </message>
    <message>
        <source>The work order of this car: its lines, prices and the promised time (Ctrl+E)</source>
        <translation>The work order of this car: its lines, prices and the promised time (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>KeyCabinetDialog</name>
    <message>
        <source>Key cabinet</source>
        <translation>Key cabinet</translation>
    </message>
    <message>
        <source>&amp;Find tag or plate:</source>
        <translation>&amp;Find tag or plate:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DealerDesk</source>
        <translation>DealerDesk</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Workstations</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock this PC&apos;s DealerDesk until a password is entered</source>
        <translation>Lock this PC&apos;s DealerDesk until a password is entered</translation>
    </message>
    <message>
        <source>S&amp;witch user...</source>
        <translation>S&amp;witch user...</translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation>Change my &amp;password...</translation>
    </message>
    <message>
        <source>&amp;Back up database...</source>
        <translation>&amp;Back up database...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Dealership settings...</source>
        <translation>&amp;Dealership settings...</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>&amp;Users...</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About DealerDesk</source>
        <translation>&amp;About DealerDesk</translation>
    </message>
    <message>
        <source>Data&amp;base connection...</source>
        <translation>Data&amp;base connection...</translation>
    </message>
    <message>
        <source>&amp;Catalogs...</source>
        <translation>&amp;Catalogs...</translation>
    </message>
    <message>
        <source>Labor operations, the parts price list and canned jobs, with CSV import</source>
        <translation>Labor operations, the parts price list and canned jobs, with CSV import</translation>
    </message>
    <message>
        <source>&amp;Technicians...</source>
        <translation>&amp;Technicians...</translation>
    </message>
    <message>
        <source>The workshop&apos;s technicians, their teams and grades, for the labor lines</source>
        <translation>The workshop&apos;s technicians, their teams and grades, for the labor lines</translation>
    </message>
    <message>
        <source>&amp;Follow-up and complaint rules...</source>
        <translation>&amp;Follow-up and complaint rules...</translation>
    </message>
    <message>
        <source>When the follow-up calls fall due, who calls, retries, the survey and the complaint deadlines</source>
        <translation>When the follow-up calls fall due, who calls, retries, the survey and the complaint deadlines</translation>
    </message>
</context>
<context>
    <name>ManagerApprovalDialog</name>
    <message>
        <source>Service manager&apos;s approval</source>
        <translation>Service manager&apos;s approval</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <source>sign-in name</source>
        <translation>sign-in name</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>C&amp;urrent password:</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <source>Whole &amp;page</source>
        <translation>Whole &amp;page</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>&amp;Copies:</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Printing &amp;history:</source>
        <translation>Printing &amp;history:</translation>
    </message>
    <message>
        <source>Reprin&amp;t selected…</source>
        <translation>Reprin&amp;t selected…</translation>
    </message>
    <message>
        <source>Customer &amp;signs on screen…</source>
        <translation>Customer &amp;signs on screen…</translation>
    </message>
</context>
<context>
    <name>PrintTemplate</name>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>Time in</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <source>Dropped off by</source>
        <translation>Dropped off by</translation>
    </message>
    <message>
        <source>While we work</source>
        <translation>While we work</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <source>Key tag</source>
        <translation>Key tag</translation>
    </message>
    <message>
        <source>Exterior</source>
        <translation>Exterior</translation>
    </message>
    <message>
        <source>Solid red: new this visit. Blue ring: recorded at an earlier visit. Grey dashed: found repaired.</source>
        <translation>Solid red: new this visit. Blue ring: recorded at an earlier visit. Grey dashed: found repaired.</translation>
    </message>
    <message>
        <source>Belongings in the vehicle</source>
        <translation>Belongings in the vehicle</translation>
    </message>
    <message>
        <source>Dashboard warning lamps</source>
        <translation>Dashboard warning lamps</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Quick checks</source>
        <translation>Quick checks</translation>
    </message>
    <message>
        <source>Customer&apos;s concerns, in their own words</source>
        <translation>Customer&apos;s concerns, in their own words</translation>
    </message>
    <message>
        <source>Planned items and estimate</source>
        <translation>Planned items and estimate</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Customer signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Expected duration</source>
        <translation>Expected duration</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Parts deposit</source>
        <translation>Parts deposit</translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation>Please bring</translation>
    </message>
    <message>
        <source>Old parts</source>
        <translation>Old parts</translation>
    </message>
    <message>
        <source>Quality guarantee</source>
        <translation>Quality guarantee</translation>
    </message>
    <message>
        <source>Repair category</source>
        <translation>Repair category</translation>
    </message>
    <message>
        <source>Repair type</source>
        <translation>Repair type</translation>
    </message>
    <message>
        <source>Work and estimate</source>
        <translation>Work and estimate</translation>
    </message>
    <message>
        <source>I authorize the work above at the prices shown. Further work is done only with my prior consent.</source>
        <translation>I authorize the work above at the prices shown. Further work is done only with my prior consent.</translation>
    </message>
    <message>
        <source>The reason, the price and the extra time of the work above were explained to me. I decide as marked; work I have not approved is not done.</source>
        <translation>The reason, the price and the extra time of the work above were explained to me. I decide as marked; work I have not approved is not done.</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Completed and checked</source>
        <translation>Completed and checked</translation>
    </message>
    <message>
        <source>Quality inspector</source>
        <translation>Quality inspector</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Company seal</source>
        <translation>Company seal</translation>
    </message>
    <message>
        <source>This vehicle was repaired and passed the quality inspection at completion. Keep this certificate: it is your proof of the quality guarantee.</source>
        <translation>This vehicle was repaired and passed the quality inspection at completion. Keep this certificate: it is your proof of the quality guarantee.</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>Business day</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>Customer pays</translation>
    </message>
    <message>
        <source>Date in</source>
        <translation>Date in</translation>
    </message>
    <message>
        <source>Date out</source>
        <translation>Date out</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>New receivables</source>
        <translation>New receivables</translation>
    </message>
    <message>
        <source>Next maintenance due</source>
        <translation>Next maintenance due</translation>
    </message>
    <message>
        <source>Odometer out</source>
        <translation>Odometer out</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>Other charges</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Per cashier and payment method</source>
        <translation>Per cashier and payment method</translation>
    </message>
    <message>
        <source>Per payment method</source>
        <translation>Per payment method</translation>
    </message>
    <message>
        <source>Quality guarantee until</source>
        <translation>Quality guarantee until</translation>
    </message>
    <message>
        <source>Returned to the customer</source>
        <translation>Returned to the customer</translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation>Reversals</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>Settlements</translation>
    </message>
    <message>
        <source>Statement no.</source>
        <translation>Statement no.</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>The customer has checked the vehicle, its belongings and keys, and takes it back. The gate lets the vehicle out on this notice.</source>
        <translation>The customer has checked the vehicle, its belongings and keys, and takes it back. The gate lets the vehicle out on this notice.</translation>
    </message>
    <message>
        <source>Total (tax included)</source>
        <translation>Total (tax included)</translation>
    </message>
    <message>
        <source>Total in words</source>
        <translation>Total in words</translation>
    </message>
    <message>
        <source>VAT included</source>
        <translation>VAT included</translation>
    </message>
    <message>
        <source>Work completed</source>
        <translation>Work completed</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Cash counted</translation>
    </message>
    <message>
        <source>Discounts given, and who approved them</source>
        <translation>Discounts given, and who approved them</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>Repair contract no.</source>
        <translation>Repair contract no.</translation>
    </message>
    <message>
        <source>Plate (colour)</source>
        <translation>Plate (colour)</translation>
    </message>
    <message>
        <source>Vehicle type</source>
        <translation>Vehicle type</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>Make and model</translation>
    </message>
    <message>
        <source>Engine no.</source>
        <translation>Engine no.</translation>
    </message>
    <message>
        <source>Odometer at release</source>
        <translation>Odometer at release</translation>
    </message>
    <message>
        <source>Date of release</source>
        <translation>Date of release</translation>
    </message>
    <message>
        <source>This vehicle was repaired under the repair contract, passed the inspection and may leave the shop.</source>
        <translation>This vehicle was repaired under the repair contract, passed the inspection and may leave the shop.</translation>
    </message>
    <message>
        <source>Shop&apos;s seal</source>
        <translation>Shop&apos;s seal</translation>
    </message>
    <message>
        <source>Received by the customer</source>
        <translation>Received by the customer</translation>
    </message>
    <message>
        <source>Guarantee committed</source>
        <translation>Guarantee committed</translation>
    </message>
    <message>
        <source>Guaranteed until</source>
        <translation>Guaranteed until</translation>
    </message>
    <message>
        <source>Terms of the guarantee</source>
        <translation>Terms of the guarantee</translation>
    </message>
    <message>
        <source>Mileage in</source>
        <translation>Mileage in</translation>
    </message>
    <message>
        <source>Mileage out</source>
        <translation>Mileage out</translation>
    </message>
    <message>
        <source>Fault description</source>
        <translation>Fault description</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation>Complaint no.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Received through</source>
        <translation>Received through</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>First reply due</source>
        <translation>First reply due</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Resolution due</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>What the customer said</translation>
    </message>
    <message>
        <source>Handling: every step taken</source>
        <translation>Handling: every step taken</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Customer satisfied</source>
        <translation>Customer satisfied</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>First reply</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation>Service manager</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print To File ...</source>
        <translation>Print To File ...</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Plate, end of VIN or phone, name or pinyin (zs), work order</source>
        <translation>Plate, end of VIN or phone, name or pinyin (zs), work order</translation>
    </message>
    <message>
        <source>&amp;New customer and vehicle…</source>
        <translation>&amp;New customer and vehicle…</translation>
    </message>
    <message>
        <source>Vehicle &amp;arrived (F2)</source>
        <translation>Vehicle &amp;arrived (F2)</translation>
    </message>
    <message>
        <source>Type to search; arrows and Enter open a result.</source>
        <translation>Type to search; arrows and Enter open a result.</translation>
    </message>
    <message>
        <source>No vehicle open</source>
        <translation>No vehicle open</translation>
    </message>
    <message>
        <source>Needs attention at this visit</source>
        <translation>Needs attention at this visit</translation>
    </message>
    <message>
        <source>Past visits</source>
        <translation>Past visits</translation>
    </message>
    <message>
        <source>&amp;Edit customer and vehicle…</source>
        <translation>&amp;Edit customer and vehicle…</translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <translation>&amp;Book appointment…</translation>
    </message>
    <message>
        <source>&amp;Check in… (F4)</source>
        <translation>&amp;Check in… (F4)</translation>
    </message>
    <message>
        <source>Arrivals today</source>
        <translation>Arrivals today</translation>
    </message>
    <message>
        <source>Start &amp;reception (F3)</source>
        <translation>Start &amp;reception (F3)</translation>
    </message>
    <message>
        <source>Check in &amp;this arrival…</source>
        <translation>Check in &amp;this arrival…</translation>
    </message>
    <message>
        <source>&amp;Left without check-in</source>
        <translation>&amp;Left without check-in</translation>
    </message>
    <message>
        <source>Search (Ctrl+F):</source>
        <translation>Search (Ctrl+F):</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>DealerDesk works without a mouse. The keys of the main window, then those of each page you may open (the page on screen first):</source>
        <translation>DealerDesk works without a mouse. The keys of the main window, then those of each page you may open (the page on screen first):</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in - DealerDesk</source>
        <translation>Sign in - DealerDesk</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign-in &amp;name:</source>
        <translation>Sign-in &amp;name:</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>The customer signs on screen</source>
        <translation>The customer signs on screen</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Signed &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Signature (the pad&apos;s pen, a finger or the mouse; Delete clears):</source>
        <translation>&amp;Signature (the pad&apos;s pen, a finger or the mouse; Delete clears):</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Clear</translation>
    </message>
</context>
<context>
    <name>StaleBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Show the saved version; the changes made here are dropped</source>
        <translation>Show the saved version; the changes made here are dropped</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <source>Go on with the changes made here; saving them is refused until they are made on the saved version</source>
        <translation>Go on with the changes made here; saving them is refused until they are made on the saved version</translation>
    </message>
</context>
<context>
    <name>TechniciansDialog</name>
    <message>
        <source>Technicians</source>
        <translation>Technicians</translation>
    </message>
    <message>
        <source>The workshop&apos;s technicians, by team. Labor lines choose from this list; a technician who leaves stays on the lines they worked on: untick Active instead of removing them.</source>
        <translation>The workshop&apos;s technicians, by team. Labor lines choose from this list; a technician who leaves stays on the lines they worked on: untick Active instead of removing them.</translation>
    </message>
    <message>
        <source>&amp;Add technician</source>
        <translation>&amp;Add technician</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>e.g. wangfang</source>
        <translation>e.g. wangfang</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>printed on forms</source>
        <translation>printed on forms</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Service ad&amp;visor: appointments, reception, work orders, delivery</source>
        <translation>Service ad&amp;visor: appointments, reception, work orders, delivery</translation>
    </message>
    <message>
        <source>Cas&amp;hier: settlement and payments</source>
        <translation>Cas&amp;hier: settlement and payments</translation>
    </message>
    <message>
        <source>Service &amp;manager: discounts, reversals, reports, audit trail</source>
        <translation>Service &amp;manager: discounts, reversals, reports, audit trail</translation>
    </message>
    <message>
        <source>Adminis&amp;trator: users, settings, backups</source>
        <translation>Adminis&amp;trator: users, settings, backups</translation>
    </message>
    <message>
        <source>Sign-in &amp;name:</source>
        <translation>Sign-in &amp;name:</translation>
    </message>
    <message>
        <source>Workshop c&amp;ontroller: dispatch, findings, quality check</source>
        <translation>Workshop c&amp;ontroller: dispatch, findings, quality check</translation>
    </message>
    <message>
        <source>Customer-service c&amp;lerk: follow-up calls, satisfaction, complaints</source>
        <translation>Customer-service c&amp;lerk: follow-up calls, satisfaction, complaints</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Staff who sign in to DealerDesk. Users are never deleted: deactivate someone who leaves, and their name stays on the records they made.</source>
        <translation>Staff who sign in to DealerDesk. Users are never deleted: deactivate someone who leaves, and their name stays on the records they made.</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Add...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation>Set &amp;password...</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Customer and vehicle</source>
        <translation>Customer and vehicle</translation>
    </message>
    <message>
        <source>Customer (owner)</source>
        <translation>Customer (owner)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <source>Other p&amp;hone:</source>
        <translation>Other p&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>Only when needed</source>
        <translation>Only when needed</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Contact &amp;by:</source>
        <translation>Contact &amp;by:</translation>
    </message>
    <message>
        <source>Best &amp;time:</source>
        <translation>Best &amp;time:</translation>
    </message>
    <message>
        <source>Agrees to &amp;follow-up calls</source>
        <translation>Agrees to &amp;follow-up calls</translation>
    </message>
    <message>
        <source>Agrees to ma&amp;rketing</source>
        <translation>Agrees to ma&amp;rketing</translation>
    </message>
    <message>
        <source>Ta&amp;x number:</source>
        <translation>Ta&amp;x number:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <source>Name, phone, title</source>
        <translation>Name, phone, title</translation>
    </message>
    <message>
        <source>Settles on acco&amp;unt</source>
        <translation>Settles on acco&amp;unt</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>&amp;VIN:</source>
        <translation>&amp;VIN:</translation>
    </message>
    <message>
        <source>17 characters</source>
        <translation>17 characters</translation>
    </message>
    <message>
        <source>P&amp;late:</source>
        <translation>P&amp;late:</translation>
    </message>
    <message>
        <source>Br&amp;and:</source>
        <translation>Br&amp;and:</translation>
    </message>
    <message>
        <source>S&amp;eries:</source>
        <translation>S&amp;eries:</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>Mo&amp;del:</translation>
    </message>
    <message>
        <source>Model &amp;year:</source>
        <translation>Model &amp;year:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>En&amp;gine number:</source>
        <translation>En&amp;gine number:</translation>
    </message>
    <message>
        <source>First registration:</source>
        <translation>First registration:</translation>
    </message>
    <message>
        <source>&amp;Odometer (km):</source>
        <translation>&amp;Odometer (km):</translation>
    </message>
    <message>
        <source>Credit limit (¥):</source>
        <translation>Credit limit (¥):</translation>
    </message>
    <message>
        <source>What may stand open on the company&apos;s account (挂账额度). The cashier cannot put more on account.</source>
        <translation>What may stand open on the company&apos;s account (挂账额度). The cashier cannot put more on account.</translation>
    </message>
    <message>
        <source>Po&amp;wertrain:</source>
        <translation>Po&amp;wertrain:</translation>
    </message>
    <message>
        <source>Petrol, diesel, hybrid, plug-in hybrid, battery electric or fuel cell: the intake records fuel, charge or both, and the quick check adds the high-voltage items</source>
        <translation>Petrol, diesel, hybrid, plug-in hybrid, battery electric or fuel cell: the intake records fuel, charge or both, and the quick check adds the high-voltage items</translation>
    </message>
    <message>
        <source>Vehi&amp;cle type:</source>
        <translation>Vehi&amp;cle type:</translation>
    </message>
    <message>
        <source>As on the vehicle licence (行驶证); printed on the settlement statement and the completion certificate</source>
        <translation>As on the vehicle licence (行驶证); printed on the settlement statement and the completion certificate</translation>
    </message>
    <message>
        <source>Plate colour:</source>
        <translation>Plate colour:</translation>
    </message>
    <message>
        <source>Read from the plate unless chosen: green for new-energy plates, blue for the others</source>
        <translation>Read from the plate unless chosen: green for new-energy plates, blue for the others</translation>
    </message>
</context>
<context>
    <name>WorkOrderLineDialog</name>
    <message>
        <source>Work-order line</source>
        <translation>Work-order line</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>operation code or part number</source>
        <translation>operation code or part number</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Sold &amp;hours:</source>
        <translation>Sold &amp;hours:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>Unit &amp;price (¥, incl. VAT):</source>
        <translation>Unit &amp;price (¥, incl. VAT):</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Customer&apos;s written &amp;consent</source>
        <translation>Customer&apos;s written &amp;consent</translation>
    </message>
    <message>
        <source>&amp;Who pays:</source>
        <translation>&amp;Who pays:</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>&amp;Technician:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Chosen from the workshop&apos;s list of technicians (Settings, Technicians…); a whole team may take the line.</source>
        <translation>Chosen from the workshop&apos;s list of technicians (Settings, Technicians…); a whole team may take the line.</translation>
    </message>
</context>
<context>
    <name>WorkOrdersPage</name>
    <message>
        <source>&amp;Work orders in the shop:</source>
        <translation>&amp;Work orders in the shop:</translation>
    </message>
    <message>
        <source>&amp;1 Work and estimate</source>
        <translation>&amp;1 Work and estimate</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Repair cate&amp;gory:</source>
        <translation>Repair cate&amp;gory:</translation>
    </message>
    <message>
        <source>Pro&amp;mised:</source>
        <translation>Pro&amp;mised:</translation>
    </message>
    <message>
        <source>C&amp;oncerns: the customer&apos;s words, cause, correction</source>
        <translation>C&amp;oncerns: the customer&apos;s words, cause, correction</translation>
    </message>
    <message>
        <source>Add co&amp;ncern</source>
        <translation>Add co&amp;ncern</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>&amp;Lines:</translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation>&amp;Add line…</translation>
    </message>
    <message>
        <source>Op&amp;en line…</source>
        <translation>Op&amp;en line…</translation>
    </message>
    <message>
        <source>Remo&amp;ve line</source>
        <translation>Remo&amp;ve line</translation>
    </message>
    <message>
        <source>&amp;2 Steps taken</source>
        <translation>&amp;2 Steps taken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add-on fin&amp;ding…</source>
        <translation>Add-on fin&amp;ding…</translation>
    </message>
    <message>
        <source>More work found: propose it with prices for the customer&apos;s decision</source>
        <translation>More work found: propose it with prices for the customer&apos;s decision</translation>
    </message>
    <message>
        <source>&amp;Print work order…</source>
        <translation>&amp;Print work order…</translation>
    </message>
    <message>
        <source>The repair authorization for the customer&apos;s signature (Ctrl+P)</source>
        <translation>The repair authorization for the customer&apos;s signature (Ctrl+P)</translation>
    </message>
    <message>
        <source>Completion cer&amp;tificate…</source>
        <translation>Completion cer&amp;tificate…</translation>
    </message>
    <message>
        <source>From the &amp;inspection…</source>
        <translation>From the &amp;inspection…</translation>
    </message>
    <message>
        <source>The walk-around&apos;s yellow and red findings into the estimate or as recommendations, in one step</source>
        <translation>The walk-around&apos;s yellow and red findings into the estimate or as recommendations, in one step</translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation>S&amp;uggest</translation>
    </message>
    <message>
        <source>From the sold hours, the work already queued in the workshop and a margin, within workshop hours</source>
        <translation>From the sold hours, the work already queued in the workshop and a margin, within workshop hours</translation>
    </message>
    <message>
        <source>Add &amp;job…</source>
        <translation>Add &amp;job…</translation>
    </message>
    <message>
        <source>A canned job from the catalog, such as a maintenance package, with its operations and parts in one step</source>
        <translation>A canned job from the catalog, such as a maintenance package, with its operations and parts in one step</translation>
    </message>
    <message>
        <source>The customer is told the car is ready 1 hour before the promised time (4 hours for jobs longer than two days), or told of a delay as soon as the promise cannot hold.</source>
        <translation>The customer is told the car is ready 1 hour before the promised time (4 hours for jobs longer than two days), or told of a delay as soon as the promise cannot hold.</translation>
    </message>
    <message>
        <source>Customer told… (Ctrl+T)</source>
        <translation>Customer told… (Ctrl+T)</translation>
    </message>
    <message>
        <source>Log that the customer was told the car is ready or will be late (who, when, how and why), and hand the car over after settlement.</source>
        <translation>Log that the customer was told the car is ready or will be late (who, when, how and why), and hand the car over after settlement.</translation>
    </message>
    <message>
        <source>Assign te&amp;chnician…</source>
        <translation>Assign te&amp;chnician…</translation>
    </message>
    <message>
        <source>One technician or a whole team for the selected labor lines, or for all of them (Shift or Ctrl selects several)</source>
        <translation>One technician or a whole team for the selected labor lines, or for all of them (Shift or Ctrl selects several)</translation>
    </message>
</context>
<context>
    <name>dd::AddOnRules</name>
    <message>
        <source>In person, signed</source>
        <translation>In person, signed</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>By message</source>
        <translation>By message</translation>
    </message>
    <message>
        <source>Describe what was found.</source>
        <translation>Describe what was found.</translation>
    </message>
    <message>
        <source>Note why the work is needed, in words the customer understands.</source>
        <translation>Note why the work is needed, in words the customer understands.</translation>
    </message>
    <message>
        <source>Propose at least one line with its price.</source>
        <translation>Propose at least one line with its price.</translation>
    </message>
    <message>
        <source>The extra time must be between 0 and 60 days.</source>
        <translation>The extra time must be between 0 and 60 days.</translation>
    </message>
    <message>
        <source>Not covered by warranty: note the reason the advisor can tell the customer.</source>
        <translation>Not covered by warranty: note the reason the advisor can tell the customer.</translation>
    </message>
    <message>
        <source>Unknown warranty decision &quot;%1&quot;.</source>
        <translation>Unknown warranty decision &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;.</source>
        <translation>Unknown source &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Note who decided, by name.</source>
        <translation>Note who decided, by name.</translation>
    </message>
    <message>
        <source>Note how the customer decided: in person with signature, by phone or by message.</source>
        <translation>Note how the customer decided: in person with signature, by phone or by message.</translation>
    </message>
    <message>
        <source>Note the number the customer was reached on.</source>
        <translation>Note the number the customer was reached on.</translation>
    </message>
    <message>
        <source>Note when the customer decided.</source>
        <translation>Note when the customer decided.</translation>
    </message>
    <message>
        <source>The time of the decision lies in the future.</source>
        <translation>The time of the decision lies in the future.</translation>
    </message>
    <message>
        <source>The time of the decision lies before the finding was recorded.</source>
        <translation>The time of the decision lies before the finding was recorded.</translation>
    </message>
    <message>
        <source>A decision refers to a line that is not part of this finding.</source>
        <translation>A decision refers to a line that is not part of this finding.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is decided twice.</source>
        <translation>&quot;%1&quot; is decided twice.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now costs ¥%2, not the ¥%3 the customer approved: tell the customer the new price.</source>
        <translation>&quot;%1&quot; now costs ¥%2, not the ¥%3 the customer approved: tell the customer the new price.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: note the customer&apos;s reason.</source>
        <translation>&quot;%1&quot;: note the customer&apos;s reason.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deferred: note when to bring it up again.</source>
        <translation>&quot;%1&quot; is deferred: note when to bring it up again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a decision: approved, declined or deferred.</source>
        <translation>&quot;%1&quot; needs a decision: approved, declined or deferred.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no decision yet.</source>
        <translation>&quot;%1&quot; has no decision yet.</translation>
    </message>
    <message>
        <source>covered by warranty</source>
        <translation>covered by warranty</translation>
    </message>
    <message>
        <source>not covered by warranty</source>
        <translation>not covered by warranty</translation>
    </message>
    <message>
        <source>Found in the workshop</source>
        <translation>Found in the workshop</translation>
    </message>
    <message>
        <source>Found at the reception inspection</source>
        <translation>Found at the reception inspection</translation>
    </message>
</context>
<context>
    <name>dd::AddOnStore</name>
    <message>
        <source>Work order %1 is %2: add-on work is proposed while the car is being worked on.</source>
        <translation>Work order %1 is %2: add-on work is proposed while the car is being worked on.</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>Work order %1</translation>
    </message>
    <message>
        <source>The add-on finding is no longer on record.</source>
        <translation>The add-on finding is no longer on record.</translation>
    </message>
    <message>
        <source>Add-on finding &quot;%1&quot; on %2</source>
        <translation>Add-on finding &quot;%1&quot; on %2</translation>
    </message>
    <message>
        <source>%1 is already decided.</source>
        <translation>%1 is already decided.</translation>
    </message>
    <message>
        <source>The customer has not decided on &quot;%1&quot; yet; the workshop is told once they have.</source>
        <translation>The customer has not decided on &quot;%1&quot; yet; the workshop is told once they have.</translation>
    </message>
    <message>
        <source>Note who in the workshop received the decision.</source>
        <translation>Note who in the workshop received the decision.</translation>
    </message>
    <message>
        <source>That line is no longer on the work order.</source>
        <translation>That line is no longer on the work order.</translation>
    </message>
    <message>
        <source>Work order %1 is %2: its prices are final.</source>
        <translation>Work order %1 is %2: its prices are final.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was %2; it has no price to change.</source>
        <translation>&quot;%1&quot; was %2; it has no price to change.</translation>
    </message>
    <message>
        <source>New price for &quot;%1&quot;</source>
        <translation>New price for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The price changed after the customer approved it.</source>
        <translation>The price changed after the customer approved it.</translation>
    </message>
</context>
<context>
    <name>dd::AppController</name>
    <message>
        <source>DealerDesk</source>
        <translation>DealerDesk</translation>
    </message>
    <message>
        <source>The database was upgraded to schema version %1. A copy from before the upgrade is kept at %2.</source>
        <translation>The database was upgraded to schema version %1. A copy from before the upgrade is kept at %2.</translation>
    </message>
    <message>
        <source>DealerDesk cannot open its database</source>
        <translation>DealerDesk cannot open its database</translation>
    </message>
    <message>
        <source>Database: %1 (%2)</source>
        <translation>Database: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dd::AppointmentDialog</name>
    <message>
        <source>Appointment %1</source>
        <translation>Appointment %1</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source>(any advisor)</source>
        <translation>(any advisor)</translation>
    </message>
    <message>
        <source>(no bay yet)</source>
        <translation>(no bay yet)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan, e.g. 1200.00.</source>
        <translation>&quot;%1&quot; is not an amount in yuan, e.g. 1200.00.</translation>
    </message>
    <message numerus="yes">
        <source>That day: %n appointment(s) in all</source>
        <translation>
            <numerusform>That day: %n appointment in all</numerusform>
            <numerusform>That day: %n appointments in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n other appointment(s)</source>
        <translation>
            <numerusform>%1 has %n other appointment</numerusform>
            <numerusform>%1 has %n other appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n other booking(s)</source>
        <translation>
            <numerusform>%1 has %n other booking</numerusform>
            <numerusform>%1 has %n other bookings</numerusform>
        </translation>
    </message>
    <message>
        <source>Overbooked</source>
        <translation>Overbooked</translation>
    </message>
    <message>
        <source>Book anyway?</source>
        <translation>Book anyway?</translation>
    </message>
</context>
<context>
    <name>dd::AppointmentRules</name>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Body and paint</source>
        <translation>Body and paint</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Confirmed the appointment</source>
        <translation>Confirmed the appointment</translation>
    </message>
    <message>
        <source>Asked to reschedule</source>
        <translation>Asked to reschedule</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Left a message</translation>
    </message>
    <message>
        <source>Cancelled by the customer</source>
        <translation>Cancelled by the customer</translation>
    </message>
    <message>
        <source>Choose the customer and the vehicle for the appointment.</source>
        <translation>Choose the customer and the vehicle for the appointment.</translation>
    </message>
    <message>
        <source>Choose the date and time of the appointment.</source>
        <translation>Choose the date and time of the appointment.</translation>
    </message>
    <message>
        <source>The appointment time has already passed; choose a later time.</source>
        <translation>The appointment time has already passed; choose a later time.</translation>
    </message>
    <message>
        <source>The expected duration must be between 10 minutes and 24 hours.</source>
        <translation>The expected duration must be between 10 minutes and 24 hours.</translation>
    </message>
    <message>
        <source>Choose the type of service.</source>
        <translation>Choose the type of service.</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>Amounts cannot be negative.</translation>
    </message>
    <message>
        <source>Parts worth %1 must be ordered: ask a deposit of at least %2 (half the parts price).</source>
        <translation>Parts worth %1 must be ordered: ask a deposit of at least %2 (half the parts price).</translation>
    </message>
    <message>
        <source>The deposit is marked as paid but its amount is zero.</source>
        <translation>The deposit is marked as paid but its amount is zero.</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 early</source>
        <translation>%1 early</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <source>fully booked</source>
        <translation>fully booked</translation>
    </message>
</context>
<context>
    <name>dd::AppointmentStore</name>
    <message>
        <source>Bay %1 is already booked %2 for %3.</source>
        <translation>Bay %1 is already booked %2 for %3.</translation>
    </message>
    <message>
        <source>%1 already has an appointment %2 (%3).</source>
        <translation>%1 already has an appointment %2 (%3).</translation>
    </message>
    <message>
        <source>The advisor already has %1 appointments that day.</source>
        <translation>The advisor already has %1 appointments that day.</translation>
    </message>
    <message>
        <source>Appointment %1 is %2 and can no longer be changed.</source>
        <translation>Appointment %1 is %2 and can no longer be changed.</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>Appointment %1</translation>
    </message>
    <message>
        <source>Say why the appointment is cancelled.</source>
        <translation>Say why the appointment is cancelled.</translation>
    </message>
    <message>
        <source>The appointment no longer exists.</source>
        <translation>The appointment no longer exists.</translation>
    </message>
    <message>
        <source>Appointment %1 is already %2.</source>
        <translation>Appointment %1 is already %2.</translation>
    </message>
    <message>
        <source>Appointment %1 has not started yet; it can be marked as a no-show once its time has passed.</source>
        <translation>Appointment %1 has not started yet; it can be marked as a no-show once its time has passed.</translation>
    </message>
    <message>
        <source>Choose the result of the call.</source>
        <translation>Choose the result of the call.</translation>
    </message>
    <message>
        <source>Note why the customer cancelled.</source>
        <translation>Note why the customer cancelled.</translation>
    </message>
</context>
<context>
    <name>dd::AppointmentsPage</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Bay</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Advisor / bay</source>
        <translation>Advisor / bay</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Calls so far</source>
        <translation>Calls so far</translation>
    </message>
    <message>
        <source>¥%1 paid</source>
        <translation>¥%1 paid</translation>
    </message>
    <message>
        <source>¥%1 not paid</source>
        <translation>¥%1 not paid</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Overbooked: overlaps another appointment of the same advisor or bay.</source>
        <translation>Overbooked: overlaps another appointment of the same advisor or bay.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n appointment(s)</source>
        <translation>
            <numerusform>%1: %n appointment</numerusform>
            <numerusform>%1: %n appointments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open, %2 arrived, %3 cancelled or no-show</source>
        <translation>%1 open, %2 arrived, %3 cancelled or no-show</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overbooked</source>
        <translation>
            <numerusform>⚠ %n overbooked</numerusform>
            <numerusform>⚠ %n overbooked</numerusform>
        </translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation>not called yet</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), last: %1 %2</source>
        <translation>
            <numerusform>%n call, last: %1 %2</numerusform>
            <numerusform>%n calls, last: %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Every appointment of that day is confirmed or closed.</source>
        <translation>Every appointment of that day is confirmed or closed.</translation>
    </message>
    <message numerus="yes">
        <source>%n left to confirm. Enter logs the call of the selected row.</source>
        <translation>
            <numerusform>%n left to confirm. Enter logs the call of the selected row.</numerusform>
            <numerusform>%n left to confirm. Enter logs the call of the selected row.</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>Appointment %1</translation>
    </message>
    <message>
        <source>This appointment is %1 and can no longer be changed; book a new one from the reception screen.</source>
        <translation>This appointment is %1 and can no longer be changed; book a new one from the reception screen.</translation>
    </message>
    <message>
        <source>Why is appointment %1 (%2, %3) cancelled?</source>
        <translation>Why is appointment %1 (%2, %3) cancelled?</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Mark appointment %1 (%2, %3) as a no-show?</source>
        <translation>Mark appointment %1 (%2, %3) as a no-show?</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Only today&apos;s open appointments are checked in here; appointment %1 is %2 on %3.</source>
        <translation>Only today&apos;s open appointments are checked in here; appointment %1 is %2 on %3.</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>Clashes</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>To conf&amp;irm by phone: %1</source>
        <translation>To conf&amp;irm by phone: %1</translation>
    </message>
    <message>
        <source>Check in the selected appointment</source>
        <translation>Check in the selected appointment</translation>
    </message>
    <message>
        <source>Print the appointment slip</source>
        <translation>Print the appointment slip</translation>
    </message>
    <message>
        <source>On a call to make: log the call</source>
        <translation>On a call to make: log the call</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>late %1 min</source>
        <translation>late %1 min</translation>
    </message>
    <message>
        <source>no-show: not here %1 min after the time</source>
        <translation>no-show: not here %1 min after the time</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s) to record (Alt+S)</source>
        <translation>
            <numerusform>%n no-show to record (Alt+S)</numerusform>
            <numerusform>%n no-shows to record (Alt+S)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s) recorded</source>
        <translation>
            <numerusform>%n no-show recorded</numerusform>
            <numerusform>%n no-shows recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>no booking is past its grace time of %1 min</source>
        <translation>no booking is past its grace time of %1 min</translation>
    </message>
</context>
<context>
    <name>dd::ApprovalsPage</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Extra time</source>
        <translation>Extra time</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Safety-critical</source>
        <translation>Safety-critical</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <source>nothing approved</source>
        <translation>nothing approved</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Waiting for the customer: nothing</source>
        <translation>&amp;Waiting for the customer: nothing</translation>
    </message>
    <message>
        <source>&amp;Waiting for the customer (%1, %2 longer than %3 min):</source>
        <translation>&amp;Waiting for the customer (%1, %2 longer than %3 min):</translation>
    </message>
    <message>
        <source>&amp;Waiting for the customer (%1):</source>
        <translation>&amp;Waiting for the customer (%1):</translation>
    </message>
    <message>
        <source>Found by %1: %2</source>
        <translation>Found by %1: %2</translation>
    </message>
    <message>
        <source>Not covered by warranty: %1</source>
        <translation>Not covered by warranty: %1</translation>
    </message>
    <message>
        <source>Decision recorded for %1. Tell the workshop next.</source>
        <translation>Decision recorded for %1. Tell the workshop next.</translation>
    </message>
    <message>
        <source>Tell the workshop</source>
        <translation>Tell the workshop</translation>
    </message>
    <message>
        <source>%1, %2: who in the workshop received the decision?</source>
        <translation>%1, %2: who in the workshop received the decision?</translation>
    </message>
    <message>
        <source>The workshop knows: %1 received it at %2.</source>
        <translation>The workshop knows: %1 received it at %2.</translation>
    </message>
    <message>
        <source>On the selected row: record the decision, or tell the workshop</source>
        <translation>On the selected row: record the decision, or tell the workshop</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) waiting for the customer</source>
        <translation>
            <numerusform>%n finding waiting for the customer</numerusform>
            <numerusform>%n findings waiting for the customer</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>signed by the customer on screen</source>
        <translation>signed by the customer on screen</translation>
    </message>
    <message>
        <source>the consent was neither signed nor printed</source>
        <translation>the consent was neither signed nor printed</translation>
    </message>
    <message>
        <source>Decision recorded for %1, %2. Tell the workshop next.</source>
        <translation>Decision recorded for %1, %2. Tell the workshop next.</translation>
    </message>
    <message>
        <source>the consent was printed or saved for the customer&apos;s signature</source>
        <translation>the consent was printed or saved for the customer&apos;s signature</translation>
    </message>
</context>
<context>
    <name>dd::AuditChain</name>
    <message>
        <source>Another station has been saving for 30 seconds and the database is still busy. Nothing was saved; try again in a moment.</source>
        <translation>Another station has been saving for 30 seconds and the database is still busy. Nothing was saved; try again in a moment.</translation>
    </message>
    <message>
        <source>row %1 (%2, %3 by %4)</source>
        <translation>row %1 (%2, %3 by %4)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message numerus="yes">
        <source>The check was stopped after %n audit row(s).</source>
        <translation>
            <numerusform>The check was stopped after %n audit row.</numerusform>
            <numerusform>The check was stopped after %n audit rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s), chain intact.</source>
        <translation>
            <numerusform>%n audit row, chain intact.</numerusform>
            <numerusform>%n audit rows, chain intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at %1: its content does not match its hash; it was changed after it was written, or written outside DealerDesk.</source>
        <translation>The audit trail is broken at %1: its content does not match its hash; it was changed after it was written, or written outside DealerDesk.</translation>
    </message>
    <message>
        <source>The audit trail is broken at %1: it has no hash; it was written outside DealerDesk.</source>
        <translation>The audit trail is broken at %1: it has no hash; it was written outside DealerDesk.</translation>
    </message>
    <message>
        <source>The audit trail is broken at %1: the rows before it were removed.</source>
        <translation>The audit trail is broken at %1: the rows before it were removed.</translation>
    </message>
    <message>
        <source>The audit trail is broken at %1: it does not follow row %2; the rows between them were removed, or row %2 was changed and its hash recomputed.</source>
        <translation>The audit trail is broken at %1: it does not follow row %2; the rows between them were removed, or row %2 was changed and its hash recomputed.</translation>
    </message>
    <message>
        <source>The audit trail is broken at %1: it was slipped in after row %2, outside DealerDesk.</source>
        <translation>The audit trail is broken at %1: it was slipped in after row %2, outside DealerDesk.</translation>
    </message>
    <message>
        <source>The audit trail is broken after row %1: row %2, recorded as the chain&apos;s last, is missing; rows were removed from the end.</source>
        <translation>The audit trail is broken after row %1: row %2, recorded as the chain&apos;s last, is missing; rows were removed from the end.</translation>
    </message>
    <message>
        <source>The audit trail is broken at %1: it is not the last row the chain recorded; it was changed and its hash recomputed.</source>
        <translation>The audit trail is broken at %1: it is not the last row the chain recorded; it was changed and its hash recomputed.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s record of its last row (table audit_chain) was removed.</source>
        <translation>The audit trail&apos;s record of its last row (table audit_chain) was removed.</translation>
    </message>
</context>
<context>
    <name>dd::AuditCommand</name>
    <message>
        <source>use: audit verify</source>
        <translation>use: audit verify</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) before it are intact.</source>
        <translation>
            <numerusform>%n row before it are intact.</numerusform>
            <numerusform>%n rows before it are intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>note: this login owns the audit trail&apos;s table and could lift its protection; the counter PCs should use the application&apos;s login (README, &quot;Two PCs&quot;).</source>
        <translation>note: this login owns the audit trail&apos;s table and could lift its protection; the counter PCs should use the application&apos;s login (README, &quot;Two PCs&quot;).</translation>
    </message>
</context>
<context>
    <name>dd::AuditPage</name>
    <message>
        <source>Everybody</source>
        <translation>Everybody</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Showing the newest 2000 entries; narrow the dates to see older ones.</source>
        <translation>Showing the newest 2000 entries; narrow the dates to see older ones.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the audit chain: %1 rows so far ...</source>
        <translation>Checking the audit chain: %1 rows so far ...</translation>
    </message>
    <message>
        <source>The audit chain could not be checked: %1</source>
        <translation>The audit chain could not be checked: %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain verified at %1: %n row(s), intact.</source>
        <translation>
            <numerusform>Audit chain verified at %1: %n row, intact.</numerusform>
            <numerusform>Audit chain verified at %1: %n rows, intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit chain checked at %1. %2 The %n row(s) before it are intact.</source>
        <translation>
            <numerusform>Audit chain checked at %1. %2 The %n row before it are intact.</numerusform>
            <numerusform>Audit chain checked at %1. %2 The %n rows before it are intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>This PC connects to PostgreSQL as the owner of the audit trail&apos;s table, who could lift its protection: use the application&apos;s login for daily work (README, &quot;Two PCs&quot;).</source>
        <translation>This PC connects to PostgreSQL as the owner of the audit trail&apos;s table, who could lift its protection: use the application&apos;s login for daily work (README, &quot;Two PCs&quot;).</translation>
    </message>
    <message>
        <source>Read the trail again</source>
        <translation>Read the trail again</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries match</source>
        <translation>
            <numerusform>%1 of %n entry match</numerusform>
            <numerusform>%1 of %n entries match</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2 at %3 (%4)
%5
%6</source>
        <translation>%1 by %2 at %3 (%4)
%5
%6</translation>
    </message>
</context>
<context>
    <name>dd::AuditTrailModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>dd::AuditWords</name>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>First start</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>User changed</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Password set</translation>
    </message>
    <message>
        <source>Administrator&apos;s password set</source>
        <translation>Administrator&apos;s password set</translation>
    </message>
    <message>
        <source>User reactivated</source>
        <translation>User reactivated</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>User deactivated</translation>
    </message>
    <message>
        <source>Dealership settings saved</source>
        <translation>Dealership settings saved</translation>
    </message>
    <message>
        <source>Labor rate added</source>
        <translation>Labor rate added</translation>
    </message>
    <message>
        <source>Labor rate changed</source>
        <translation>Labor rate changed</translation>
    </message>
    <message>
        <source>Technicians saved</source>
        <translation>Technicians saved</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>Database backed up</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>Demo data loaded</translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation>Customer added</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>Customer changed</translation>
    </message>
    <message>
        <source>Vehicle added</source>
        <translation>Vehicle added</translation>
    </message>
    <message>
        <source>Vehicle registered</source>
        <translation>Vehicle registered</translation>
    </message>
    <message>
        <source>Vehicle changed</source>
        <translation>Vehicle changed</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Appointment booked</translation>
    </message>
    <message>
        <source>Appointment changed</source>
        <translation>Appointment changed</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>Appointment cancelled</translation>
    </message>
    <message>
        <source>No-show recorded</source>
        <translation>No-show recorded</translation>
    </message>
    <message>
        <source>Reminder call logged</source>
        <translation>Reminder call logged</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Reception started</source>
        <translation>Reception started</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Left without a work order</source>
        <translation>Left without a work order</translation>
    </message>
    <message>
        <source>Inspection saved</source>
        <translation>Inspection saved</translation>
    </message>
    <message>
        <source>Inspection completed</source>
        <translation>Inspection completed</translation>
    </message>
    <message>
        <source>Estimate saved</source>
        <translation>Estimate saved</translation>
    </message>
    <message>
        <source>Cause and correction saved</source>
        <translation>Cause and correction saved</translation>
    </message>
    <message>
        <source>Technician assigned</source>
        <translation>Technician assigned</translation>
    </message>
    <message>
        <source>Add-on proposed</source>
        <translation>Add-on proposed</translation>
    </message>
    <message>
        <source>Customer&apos;s decision recorded</source>
        <translation>Customer&apos;s decision recorded</translation>
    </message>
    <message>
        <source>Workshop told of the decision</source>
        <translation>Workshop told of the decision</translation>
    </message>
    <message>
        <source>Add-on repriced</source>
        <translation>Add-on repriced</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>Customer told</translation>
    </message>
    <message>
        <source>Form printed</source>
        <translation>Form printed</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Settlement reversed</source>
        <translation>Settlement reversed</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>Day closed</translation>
    </message>
    <message>
        <source>Shift handed over</source>
        <translation>Shift handed over</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>Import: %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>User roles</source>
        <translation>User roles</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>Dealership</translation>
    </message>
    <message>
        <source>Labor rate</source>
        <translation>Labor rate</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Customer&apos;s phone</source>
        <translation>Customer&apos;s phone</translation>
    </message>
    <message>
        <source>Customer&apos;s contact</source>
        <translation>Customer&apos;s contact</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>Number plate</translation>
    </message>
    <message>
        <source>Vehicle owner</source>
        <translation>Vehicle owner</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Reminder call</source>
        <translation>Reminder call</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Work-order line</source>
        <translation>Work-order line</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Quick check</translation>
    </message>
    <message>
        <source>Damage mark</source>
        <translation>Damage mark</translation>
    </message>
    <message>
        <source>Damage photo</source>
        <translation>Damage photo</translation>
    </message>
    <message>
        <source>Printed form</source>
        <translation>Printed form</translation>
    </message>
    <message>
        <source>Add-on finding</source>
        <translation>Add-on finding</translation>
    </message>
    <message>
        <source>Customer&apos;s decision</source>
        <translation>Customer&apos;s decision</translation>
    </message>
    <message>
        <source>Labor operation</source>
        <translation>Labor operation</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Canned job</source>
        <translation>Canned job</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>Day close</translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation>Cash count</translation>
    </message>
    <message>
        <source>Customer notice</source>
        <translation>Customer notice</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Bay</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source>Work-order type</source>
        <translation>Work-order type</translation>
    </message>
    <message>
        <source>Repair category</source>
        <translation>Repair category</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Authorized</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Quality inspector</source>
        <translation>Quality inspector</translation>
    </message>
    <message>
        <source>Why cancelled</source>
        <translation>Why cancelled</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Rate per hour</source>
        <translation>Rate per hour</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Amount approved</source>
        <translation>Amount approved</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>Who pays</translation>
    </message>
    <message>
        <source>Part source</source>
        <translation>Part source</translation>
    </message>
    <message>
        <source>Technician (staff record)</source>
        <translation>Technician (staff record)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Bring up again on</source>
        <translation>Bring up again on</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>Tendered</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>Business day</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>Settlements</translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation>Reversals</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>New receivables</source>
        <translation>New receivables</translation>
    </message>
    <message>
        <source>Cars left unsettled</source>
        <translation>Cars left unsettled</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Cash expected</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Cash counted</translation>
    </message>
    <message>
        <source>Over / short</source>
        <translation>Over / short</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>Customer pays</translation>
    </message>
    <message>
        <source>Before discounts</source>
        <translation>Before discounts</translation>
    </message>
    <message>
        <source>Line discounts</source>
        <translation>Line discounts</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>Order discount</translation>
    </message>
    <message>
        <source>Rounded off</source>
        <translation>Rounded off</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Number called</source>
        <translation>Number called</translation>
    </message>
    <message>
        <source>Booked for</source>
        <translation>Booked for</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <source>Key tag</source>
        <translation>Key tag</translation>
    </message>
    <message>
        <source>Dropped off by</source>
        <translation>Dropped off by</translation>
    </message>
    <message>
        <source>Drop-off phone</source>
        <translation>Drop-off phone</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>Customer&apos;s words</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Workshop opens</source>
        <translation>Workshop opens</translation>
    </message>
    <message>
        <source>Workshop closes</source>
        <translation>Workshop closes</translation>
    </message>
    <message>
        <source>Workshop closed on</source>
        <translation>Workshop closed on</translation>
    </message>
    <message>
        <source>Default labor rate</source>
        <translation>Default labor rate</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Sublet work</source>
        <translation>Sublet work</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>Other charges</translation>
    </message>
    <message>
        <source>Warranty pays</source>
        <translation>Warranty pays</translation>
    </message>
    <message>
        <source>Insurer pays</source>
        <translation>Insurer pays</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Pickup checklist</source>
        <translation>Pickup checklist</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Old parts</source>
        <translation>Old parts</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>Workshop told</source>
        <translation>Workshop told</translation>
    </message>
    <message>
        <source>Rework rounds</source>
        <translation>Rework rounds</translation>
    </message>
    <message>
        <source>From the walk-around</source>
        <translation>From the walk-around</translation>
    </message>
    <message>
        <source>Brand or specification</source>
        <translation>Brand or specification</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kind of charge</source>
        <translation>Kind of charge</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>Safety-critical</source>
        <translation>Safety-critical</translation>
    </message>
    <message>
        <source>Extra time (min)</source>
        <translation>Extra time (min)</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>New promise</translation>
    </message>
    <message>
        <source>Handover terms</source>
        <translation>Handover terms</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Deposit paid</source>
        <translation>Deposit paid</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Duration (min)</translation>
    </message>
    <message>
        <source>Parts estimate</source>
        <translation>Parts estimate</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>Preferred time</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>Preferred contact</translation>
    </message>
    <message>
        <source>Follow-up calls agreed</source>
        <translation>Follow-up calls agreed</translation>
    </message>
    <message>
        <source>Marketing agreed</source>
        <translation>Marketing agreed</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>Engine number</translation>
    </message>
    <message>
        <source>First registered</source>
        <translation>First registered</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>Model year</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>(image)</source>
        <translation>(image)</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <source>refused: the user is deactivated</source>
        <translation>refused: the user is deactivated</translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation>Powertrain</translation>
    </message>
    <message>
        <source>Vehicle type</source>
        <translation>Vehicle type</translation>
    </message>
    <message>
        <source>Plate colour</source>
        <translation>Plate colour</translation>
    </message>
    <message>
        <source>Odometer out</source>
        <translation>Odometer out</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Certificate number prefix</source>
        <translation>Certificate number prefix</translation>
    </message>
    <message>
        <source>Quality guarantee committed</source>
        <translation>Quality guarantee committed</translation>
    </message>
    <message>
        <source>Form signed on screen</source>
        <translation>Form signed on screen</translation>
    </message>
    <message>
        <source>Signature on screen</source>
        <translation>Signature on screen</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signed with</source>
        <translation>Signed with</translation>
    </message>
    <message>
        <source>Content fingerprint</source>
        <translation>Content fingerprint</translation>
    </message>
    <message>
        <source>Printed to</source>
        <translation>Printed to</translation>
    </message>
    <message>
        <source>Follow-up call logged</source>
        <translation>Follow-up call logged</translation>
    </message>
    <message>
        <source>Complaint received</source>
        <translation>Complaint received</translation>
    </message>
    <message>
        <source>Complaint step logged</source>
        <translation>Complaint step logged</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <source>Call attempt</source>
        <translation>Call attempt</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Complaint step</source>
        <translation>Complaint step</translation>
    </message>
    <message>
        <source>Satisfaction questionnaire</source>
        <translation>Satisfaction questionnaire</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>First reply</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Customer satisfied</source>
        <translation>Customer satisfied</translation>
    </message>
    <message>
        <source>Follow-up and complaint rules</source>
        <translation>Follow-up and complaint rules</translation>
    </message>
    <message>
        <source>Message instead of a call</source>
        <translation>Message instead of a call</translation>
    </message>
    <message>
        <source>Messages exported for sending</source>
        <translation>Messages exported for sending</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message text instead of a call</source>
        <translation>Message text instead of a call</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
</context>
<context>
    <name>dd::Backup</name>
    <message>
        <source>This DealerDesk works on a PostgreSQL server; back it up on the server with pg_dump, e.g. pg_dump -Fc -h %1 -p %2 -U %3 -f dealerdesk.dump %4 (restore with pg_restore).</source>
        <translation>This DealerDesk works on a PostgreSQL server; back it up on the server with pg_dump, e.g. pg_dump -Fc -h %1 -p %2 -U %3 -f dealerdesk.dump %4 (restore with pg_restore).</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself; choose another file.</source>
        <translation>The backup cannot overwrite the database itself; choose another file.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 already exists; choose a new file name for the backup.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The SQLite connection cannot be used for a backup.</source>
        <translation>The SQLite connection cannot be used for a backup.</translation>
    </message>
    <message>
        <source>Cannot create the backup file %1: %2</source>
        <translation>Cannot create the backup file %1: %2</translation>
    </message>
    <message>
        <source>The backup could not start: %1</source>
        <translation>The backup could not start: %1</translation>
    </message>
    <message>
        <source>The backup failed and was removed: %1</source>
        <translation>The backup failed and was removed: %1</translation>
    </message>
    <message>
        <source>Cannot replace %1; check its permissions.</source>
        <translation>Cannot replace %1; check its permissions.</translation>
    </message>
    <message>
        <source>Cannot write %1; check the folder&apos;s permissions.</source>
        <translation>Cannot write %1; check the folder&apos;s permissions.</translation>
    </message>
</context>
<context>
    <name>dd::Bootstrap</name>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>There is no database at %1 (nothing was created). Check the --db path, or create a new database with &quot;dealerdesk --db %1 migrate&quot;.</source>
        <translation>There is no database at %1 (nothing was created). Check the --db path, or create a new database with &quot;dealerdesk --db %1 migrate&quot;.</translation>
    </message>
    <message>
        <source>%1 holds no DealerDesk data yet (nothing was created). Set it up first with &quot;dealerdesk --db %1 migrate&quot;.</source>
        <translation>%1 holds no DealerDesk data yet (nothing was created). Set it up first with &quot;dealerdesk --db %1 migrate&quot;.</translation>
    </message>
</context>
<context>
    <name>dd::CallDialog</name>
    <message>
        <source>&amp;Log call</source>
        <translation>&amp;Log call</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>%1, %2 at %3 — %4, %5</source>
        <translation>%1, %2 at %3 — %4, %5</translation>
    </message>
    <message>
        <source>%1  %2: %3%4</source>
        <translation>%1  %2: %3%4</translation>
    </message>
    <message>
        <source>No call yet.</source>
        <translation>No call yet.</translation>
    </message>
    <message>
        <source>Note why the customer cancelled.</source>
        <translation>Note why the customer cancelled.</translation>
    </message>
</context>
<context>
    <name>dd::CannedJobDialog</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Add to the &amp;estimate</source>
        <translation>Add to the &amp;estimate</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Operation or part</source>
        <translation>Operation or part</translation>
    </message>
    <message>
        <source>Hours / qty</source>
        <translation>Hours / qty</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>&amp;Jobs:</source>
        <translation>&amp;Jobs:</translation>
    </message>
    <message>
        <source>&amp;Jobs for %1:</source>
        <translation>&amp;Jobs for %1:</translation>
    </message>
    <message>
        <source>all models</source>
        <translation>all models</translation>
    </message>
    <message>
        <source>There are no canned jobs in the catalog yet. A manager imports them as a CSV file (Catalogs…, or dealerdesk import jobs FILE.csv).</source>
        <translation>There are no canned jobs in the catalog yet. A manager imports them as a CSV file (Catalogs…, or dealerdesk import jobs FILE.csv).</translation>
    </message>
    <message>
        <source>Total ¥%1 incl. VAT</source>
        <translation>Total ¥%1 incl. VAT</translation>
    </message>
    <message>
        <source>No longer in the catalogs, so left out: %1. Add them by hand if the job needs them.</source>
        <translation>No longer in the catalogs, so left out: %1. Add them by hand if the job needs them.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>dd::CashierPage</name>
    <message>
        <source>Select the line to discount in the table first.</source>
        <translation>Select the line to discount in the table first.</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <source>Discount on &quot;%1&quot;: a percentage (10%) or an amount (20.00); empty to remove it.</source>
        <translation>Discount on &quot;%1&quot;: a percentage (10%) or an amount (20.00); empty to remove it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a percentage (10%) nor an amount (20.00).</source>
        <translation>&quot;%1&quot; is neither a percentage (10%) nor an amount (20.00).</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>Customer pays</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message numerus="yes">
        <source>Ready for settlement, by promised time: %n</source>
        <translation>
            <numerusform>Ready for settlement, by promised time: %n</numerusform>
            <numerusform>Ready for settlement, by promised time: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No work order or statement has the number &quot;%1&quot;. Check the number on the form, or pick the car from the list.</source>
        <translation>No work order or statement has the number &quot;%1&quot;. Check the number on the form, or pick the car from the list.</translation>
    </message>
    <message>
        <source>Work order %1 is %2: it comes to the cashier once the quality check has passed.</source>
        <translation>Work order %1 is %2: it comes to the cashier once the quality check has passed.</translation>
    </message>
    <message>
        <source>Settled as %1 by %2 at %3. Print the statement (Ctrl+P) and the release notice (Ctrl+R).</source>
        <translation>Settled as %1 by %2 at %3. Print the statement (Ctrl+P) and the release notice (Ctrl+R).</translation>
    </message>
    <message>
        <source>The order discount &quot;%1&quot; is neither a percentage (10%) nor an amount (50.00).</source>
        <translation>The order discount &quot;%1&quot; is neither a percentage (10%) nor an amount (50.00).</translation>
    </message>
    <message>
        <source>The discounts come to %1 % of what the customer pays, above the %2 % you may grant: a service manager approves them when you settle.</source>
        <translation>The discounts come to %1 % of what the customer pays, above the %2 % you may grant: a service manager approves them when you settle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · &lt;b&gt;%3&lt;/b&gt; · %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · &lt;b&gt;%3&lt;/b&gt; · %4 · %5</translation>
    </message>
    <message>
        <source>Labor %1</source>
        <translation>Labor %1</translation>
    </message>
    <message>
        <source>materials %1</source>
        <translation>materials %1</translation>
    </message>
    <message>
        <source>other %1</source>
        <translation>other %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Discounts %1 (lines %2, order %3, 抹零 %4)</source>
        <translation>Discounts %1 (lines %2, order %3, 抹零 %4)</translation>
    </message>
    <message>
        <source>Total %1, VAT %2 % included: %3</source>
        <translation>Total %1, VAT %2 % included: %3</translation>
    </message>
    <message>
        <source>Customer pays %1</source>
        <translation>Customer pays %1</translation>
    </message>
    <message>
        <source>Change given: %1</source>
        <translation>Change given: %1</translation>
    </message>
    <message>
        <source>Still to pay: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Still to pay: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 more than due&lt;/b&gt;: correct a payment</source>
        <translation>&lt;b&gt;%1 more than due&lt;/b&gt;: correct a payment</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paid in full&lt;/b&gt;</source>
        <translation>&lt;b&gt;Paid in full&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Change to give: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Change to give: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enter the amount this payment covers, e.g. 300.00.</source>
        <translation>Enter the amount this payment covers, e.g. 300.00.</translation>
    </message>
    <message>
        <source>The cash received must be at least the amount it pays.</source>
        <translation>The cash received must be at least the amount it pays.</translation>
    </message>
    <message>
        <source>%1 is more than the %2 still to pay.</source>
        <translation>%1 is more than the %2 still to pay.</translation>
    </message>
    <message>
        <source>A discount of %1 % of what the customer pays is above the %2 % you may grant. A service manager approves it here with their own name and password.</source>
        <translation>A discount of %1 % of what the customer pays is above the %2 % you may grant. A service manager approves it here with their own name and password.</translation>
    </message>
    <message>
        <source>Why is this discount granted? The reason is recorded with your name.</source>
        <translation>Why is this discount granted? The reason is recorded with your name.</translation>
    </message>
    <message>
        <source>Settled as %1. Give %2 change.</source>
        <translation>Settled as %1. Give %2 change.</translation>
    </message>
    <message>
        <source>Settled as %1.</source>
        <translation>Settled as %1.</translation>
    </message>
    <message>
        <source>Print the statement (Ctrl+P) and the release notice (Ctrl+R).</source>
        <translation>Print the statement (Ctrl+P) and the release notice (Ctrl+R).</translation>
    </message>
    <message>
        <source>Reverse statement %1 (冲红) over %2: a negative entry with the reason, authorized by a service manager. The work order then waits to be settled again.</source>
        <translation>Reverse statement %1 (冲红) over %2: a negative entry with the reason, authorized by a service manager. The work order then waits to be settled again.</translation>
    </message>
    <message>
        <source>Reversed by %1. Settle the work order again with the right payments.</source>
        <translation>Reversed by %1. Settle the work order again with the right payments.</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Settle the work order</source>
        <translation>Settle the work order</translation>
    </message>
    <message>
        <source>Print the settlement statement</source>
        <translation>Print the settlement statement</translation>
    </message>
    <message>
        <source>Print the release notice</source>
        <translation>Print the release notice</translation>
    </message>
    <message>
        <source>Read the queue again</source>
        <translation>Read the queue again</translation>
    </message>
    <message>
        <source>In the amount or reference field: add the payment</source>
        <translation>In the amount or reference field: add the payment</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) ready to settle</source>
        <translation>
            <numerusform>%n car ready to settle</numerusform>
            <numerusform>%n cars ready to settle</numerusform>
        </translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
</context>
<context>
    <name>dd::CatalogDialog</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>Model family</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Labor category</source>
        <translation>Labor category</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Brand or specification</source>
        <translation>Brand or specification</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price (¥)</source>
        <translation>Price (¥)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Operations and parts</source>
        <translation>Operations and parts</translation>
    </message>
    <message>
        <source>Importing catalogs needs the service manager&apos;s or the administrator&apos;s role.</source>
        <translation>Importing catalogs needs the service manager&apos;s or the administrator&apos;s role.</translation>
    </message>
    <message>
        <source>all models</source>
        <translation>all models</translation>
    </message>
    <message>
        <source>first rate</source>
        <translation>first rate</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 (%2 h)</source>
        <translation>%1 (%2 h)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) in the price list</source>
        <translation>
            <numerusform>%n part in the price list</numerusform>
            <numerusform>%n parts in the price list</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per operation, and one more per model family with its own standard hours (an empty family is for all other models). labor_category is a labor rate&apos;s code; empty takes the first rate.</source>
        <translation>One row per operation, and one more per model family with its own standard hours (an empty family is for all other models). labor_category is a labor rate&apos;s code; empty takes the first rate.</translation>
    </message>
    <message>
        <source>Prices in yuan including VAT. source: oem, equivalent or reconditioned (原厂, 同质, 修复); empty is OEM.</source>
        <translation>Prices in yuan including VAT. source: oem, equivalent or reconditioned (原厂, 同质, 修复); empty is OEM.</translation>
    </message>
    <message>
        <source>One row per operation or part of a job (kind: labor or part). quantity: the part&apos;s quantity, or for labor other hours than the standard. Import the labor operations and parts first.</source>
        <translation>One row per operation or part of a job (kind: labor or part). quantity: the part&apos;s quantity, or for labor other hours than the standard. Import the labor operations and parts first.</translation>
    </message>
    <message>
        <source>Import into the catalog: %1</source>
        <translation>Import into the catalog: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 row(s) can be imported, %3 with a warning, %4 rejected.</source>
        <translation>%1: %2 row(s) can be imported, %3 with a warning, %4 rejected.</translation>
    </message>
    <message>
        <source>Import the accepted rows now? Rejected rows are left out.</source>
        <translation>Import the accepted rows now? Rejected rows are left out.</translation>
    </message>
    <message>
        <source>Nothing can be imported. Correct the file and try again.</source>
        <translation>Nothing can be imported. Correct the file and try again.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Imported %1 row(s) from %2; %3 rejected.</source>
        <translation>Imported %1 row(s) from %2; %3 rejected.</translation>
    </message>
    <message>
        <source>CSV columns (UTF-8, GB18030/GBK or Big5): %1. %2 A row whose code is already on file replaces it.</source>
        <translation>CSV columns (UTF-8, GB18030/GBK or Big5): %1. %2 A row whose code is already on file replaces it.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Read as %1.</translation>
    </message>
    <message>
        <source>Read as %1. The first names: %2. If they look wrong, cancel and save the file as CSV UTF-8.</source>
        <translation>Read as %1. The first names: %2. If they look wrong, cancel and save the file as CSV UTF-8.</translation>
    </message>
</context>
<context>
    <name>dd::CatalogRules</name>
    <message>
        <source>The operation needs its code.</source>
        <translation>The operation needs its code.</translation>
    </message>
    <message>
        <source>The operation code &quot;%1&quot; is longer than 40 characters.</source>
        <translation>The operation code &quot;%1&quot; is longer than 40 characters.</translation>
    </message>
    <message>
        <source>The operation %1 needs a description.</source>
        <translation>The operation %1 needs a description.</translation>
    </message>
    <message>
        <source>The description of %1 is longer than 200 characters.</source>
        <translation>The description of %1 is longer than 200 characters.</translation>
    </message>
    <message>
        <source>The operation %1 needs its standard hours (more than 0, e.g. 1.5).</source>
        <translation>The operation %1 needs its standard hours (more than 0, e.g. 1.5).</translation>
    </message>
    <message>
        <source>The labor category &quot;%1&quot; is not one of the dealership&apos;s labor rates (%2).</source>
        <translation>The labor category &quot;%1&quot; is not one of the dealership&apos;s labor rates (%2).</translation>
    </message>
    <message>
        <source>The part needs its part number.</source>
        <translation>The part needs its part number.</translation>
    </message>
    <message>
        <source>The part number &quot;%1&quot; is longer than 40 characters.</source>
        <translation>The part number &quot;%1&quot; is longer than 40 characters.</translation>
    </message>
    <message>
        <source>The part %1 needs a name.</source>
        <translation>The part %1 needs a name.</translation>
    </message>
    <message>
        <source>The name of the part %1 is longer than 200 characters.</source>
        <translation>The name of the part %1 is longer than 200 characters.</translation>
    </message>
    <message>
        <source>The part %1 needs a price of 0 or more.</source>
        <translation>The part %1 needs a price of 0 or more.</translation>
    </message>
    <message>
        <source>The part %1 has an unknown source &quot;%2&quot;.</source>
        <translation>The part %1 has an unknown source &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The unit of the part %1 is longer than 10 characters.</source>
        <translation>The unit of the part %1 is longer than 10 characters.</translation>
    </message>
    <message>
        <source>The job needs its code.</source>
        <translation>The job needs its code.</translation>
    </message>
    <message>
        <source>The job %1 needs a name.</source>
        <translation>The job %1 needs a name.</translation>
    </message>
    <message>
        <source>The job %1 has no operations or parts.</source>
        <translation>The job %1 has no operations or parts.</translation>
    </message>
    <message>
        <source>The job %1 has an item of unknown kind &quot;%2&quot; (labor or part).</source>
        <translation>The job %1 has an item of unknown kind &quot;%2&quot; (labor or part).</translation>
    </message>
    <message>
        <source>An item of the job %1 has no code.</source>
        <translation>An item of the job %1 has no code.</translation>
    </message>
    <message>
        <source>The part %1 in the job %2 needs a quantity.</source>
        <translation>The part %1 in the job %2 needs a quantity.</translation>
    </message>
    <message>
        <source>The job code &quot;%1&quot; is longer than 40 characters.</source>
        <translation>The job code &quot;%1&quot; is longer than 40 characters.</translation>
    </message>
    <message>
        <source>The name of the job %1 is longer than 200 characters.</source>
        <translation>The name of the job %1 is longer than 200 characters.</translation>
    </message>
</context>
<context>
    <name>dd::CatalogStore</name>
    <message>
        <source>labor operation %1</source>
        <translation>labor operation %1</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>part %1</translation>
    </message>
    <message>
        <source>Labor operation %1</source>
        <translation>Labor operation %1</translation>
    </message>
    <message>
        <source>Labor operation %1 (%2)</source>
        <translation>Labor operation %1 (%2)</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Part %1</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>Job %1 (%2)</source>
        <translation>Job %1 (%2)</translation>
    </message>
</context>
<context>
    <name>dd::ChangeWatcher</name>
    <message>
        <source>the database server does not answer.</source>
        <translation>the database server does not answer.</translation>
    </message>
</context>
<context>
    <name>dd::CheckInDialog</name>
    <message>
        <source>&amp;Open work order</source>
        <translation>&amp;Open work order</translation>
    </message>
    <message>
        <source>Last recorded: %L1 km</source>
        <translation>Last recorded: %L1 km</translation>
    </message>
    <message>
        <source>None today — walk-in</source>
        <translation>None today — walk-in</translation>
    </message>
    <message>
        <source>Enter the mileage shown on the odometer.</source>
        <translation>Enter the mileage shown on the odometer.</translation>
    </message>
    <message>
        <source>Write down at least one concern in the customer&apos;s own words.</source>
        <translation>Write down at least one concern in the customer&apos;s own words.</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Work order %1 is open as a draft. Go on with the walk-around inspection now?</source>
        <translation>Work order %1 is open as a draft. Go on with the walk-around inspection now?</translation>
    </message>
    <message>
        <source>Lower mileage</source>
        <translation>Lower mileage</translation>
    </message>
    <message>
        <source>The odometer reads %L1 km, less than the last recorded %L2 km.</source>
        <translation>The odometer reads %L1 km, less than the last recorded %L2 km.</translation>
    </message>
    <message>
        <source>Check the reading. If the instrument cluster was replaced or the odometer reset, check in anyway: the inspection records the reason.</source>
        <translation>Check the reading. If the instrument cluster was replaced or the odometer reset, check in anyway: the inspection records the reason.</translation>
    </message>
    <message>
        <source>Check in &amp;anyway</source>
        <translation>Check in &amp;anyway</translation>
    </message>
    <message>
        <source>&amp;Correct the reading</source>
        <translation>&amp;Correct the reading</translation>
    </message>
    <message>
        <source>%1 at %2, %3 — booked visit, %4</source>
        <translation>%1 at %2, %3 — booked visit, %4</translation>
    </message>
    <message>
        <source>last reading %L1 km on %2</source>
        <translation>last reading %L1 km on %2</translation>
    </message>
</context>
<context>
    <name>dd::Cli</name>
    <message>
        <source>see dealerdesk --help</source>
        <translation>see dealerdesk --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 takes no arguments</translation>
    </message>
    <message>
        <source>backup needs exactly one FILE</source>
        <translation>backup needs exactly one FILE</translation>
    </message>
    <message>
        <source>--role and --name belong to &quot;user add&quot;</source>
        <translation>--role and --name belong to &quot;user add&quot;</translation>
    </message>
    <message>
        <source>Kept a copy of the database from before the upgrade: %1</source>
        <translation>Kept a copy of the database from before the upgrade: %1</translation>
    </message>
    <message>
        <source>%1: schema version %2, up to date.</source>
        <translation>%1: schema version %2, up to date.</translation>
    </message>
    <message>
        <source>%1: schema version %2 -&gt; %3.</source>
        <translation>%1: schema version %2 -&gt; %3.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 KB).</source>
        <translation>Backed up %1 to %2 (%3 KB).</translation>
    </message>
    <message>
        <source>user list takes no arguments</source>
        <translation>user list takes no arguments</translation>
    </message>
    <message>
        <source>user needs add, passwd or list</source>
        <translation>user needs add, passwd or list</translation>
    </message>
    <message>
        <source>user %1 needs exactly one NAME</source>
        <translation>user %1 needs exactly one NAME</translation>
    </message>
    <message>
        <source>user add needs at least one --role</source>
        <translation>user add needs at least one --role</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>no password given on standard input; DealerDesk has no default passwords</source>
        <translation>no password given on standard input; DealerDesk has no default passwords</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>the two passwords differ; nothing was changed</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Added %1 (%2).</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot;</source>
        <translation>there is no user &quot;%1&quot;</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>no password given on standard input; nothing was changed</source>
        <translation>no password given on standard input; nothing was changed</translation>
    </message>
    <message>
        <source>Password set for %1.</source>
        <translation>Password set for %1.</translation>
    </message>
    <message>
        <source>--state belongs to &quot;workorders&quot;</source>
        <translation>--state belongs to &quot;workorders&quot;</translation>
    </message>
    <message>
        <source>--state must be one of %1</source>
        <translation>--state must be one of %1</translation>
    </message>
    <message>
        <source>--dry-run belongs to &quot;import&quot;</source>
        <translation>--dry-run belongs to &quot;import&quot;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>use: print FORM NUMBER --pdf FILE | --printer NAME</source>
        <translation>use: print FORM NUMBER --pdf FILE | --printer NAME</translation>
    </message>
    <message>
        <source>print needs either --pdf FILE or --printer NAME</source>
        <translation>print needs either --pdf FILE or --printer NAME</translation>
    </message>
    <message>
        <source>FORM must be one of %1</source>
        <translation>FORM must be one of %1</translation>
    </message>
    <message>
        <source>--pdf, --printer and --copies belong to &quot;print&quot;</source>
        <translation>--pdf, --printer and --copies belong to &quot;print&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Reprinted %1 %2 (%n page(s)) to %3</source>
        <translation>
            <numerusform>Reprinted %1 %2 (%n page) to %3</numerusform>
            <numerusform>Reprinted %1 %2 (%n pages) to %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %1 %2 (%n page(s)) to %3</source>
        <translation>
            <numerusform>Printed %1 %2 (%n page) to %3</numerusform>
            <numerusform>Printed %1 %2 (%n pages) to %3</numerusform>
        </translation>
    </message>
    <message>
        <source>use: import %1 FILE.csv [--dry-run]</source>
        <translation>use: import %1 FILE.csv [--dry-run]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a signed-in user: dealerdesk --user NAME %1 … (the password comes from DEALERDESK_PASSWORD or the first line of standard input)</source>
        <translation>&quot;%1&quot; needs a signed-in user: dealerdesk --user NAME %1 … (the password comes from DEALERDESK_PASSWORD or the first line of standard input)</translation>
    </message>
    <message>
        <source>no password for %1: set DEALERDESK_PASSWORD or give it on standard input</source>
        <translation>no password for %1: set DEALERDESK_PASSWORD or give it on standard input</translation>
    </message>
    <message>
        <source>%1 holds no DealerDesk data (nothing was created)</source>
        <translation>%1 holds no DealerDesk data (nothing was created)</translation>
    </message>
    <message>
        <source>%1: PostgreSQL keeps its own pages; check the server with its tools (pg_amcheck).</source>
        <translation>%1: PostgreSQL keeps its own pages; check the server with its tools (pg_amcheck).</translation>
    </message>
    <message>
        <source>dealerdesk: %1 is damaged. The first problems SQLite found:</source>
        <translation>dealerdesk: %1 is damaged. The first problems SQLite found:</translation>
    </message>
    <message>
        <source>%1: no damage found (%2 tables, every page and index checked in %3 s).</source>
        <translation>%1: no damage found (%2 tables, every page and index checked in %3 s).</translation>
    </message>
    <message>
        <source>Next, create the administrator: dealerdesk --db %1 user add admin --role admin --name &quot;…&quot;</source>
        <translation>Next, create the administrator: dealerdesk --db %1 user add admin --role admin --name &quot;…&quot;</translation>
    </message>
    <message>
        <source>Next, set the administrator&apos;s password: dealerdesk --db %1 user passwd %2</source>
        <translation>Next, set the administrator&apos;s password: dealerdesk --db %1 user passwd %2</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a CSV file</source>
        <translation>%1 is the database itself, not a CSV file</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use advisor, controller, cashier, clerk, manager or admin</source>
        <translation>unknown role &quot;%1&quot;; use advisor, controller, cashier, clerk, manager or admin</translation>
    </message>
    <message>
        <source>--due and --overdue belong to &quot;followups&quot;</source>
        <translation>--due and --overdue belong to &quot;followups&quot;</translation>
    </message>
    <message>
        <source>use: complaints [--open] [--overdue]</source>
        <translation>use: complaints [--open] [--overdue]</translation>
    </message>
    <message>
        <source>--open belongs to &quot;complaints&quot;</source>
        <translation>--open belongs to &quot;complaints&quot;</translation>
    </message>
    <message>
        <source>use: messages --date YYYY-MM-DD --csv FILE</source>
        <translation>use: messages --date YYYY-MM-DD --csv FILE</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD, e.g. 2026-12-07, not &quot;%1&quot;</source>
        <translation>--date needs a date as YYYY-MM-DD, e.g. 2026-12-07, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--date and --csv belong to &quot;messages&quot;</source>
        <translation>--date and --csv belong to &quot;messages&quot;</translation>
    </message>
</context>
<context>
    <name>dd::CommandContext</name>
    <message>
        <source>The database did not return the new record&apos;s number.</source>
        <translation>The database did not return the new record&apos;s number.</translation>
    </message>
    <message>
        <source>%1 no longer exists; it may have been removed at another station.</source>
        <translation>%1 no longer exists; it may have been removed at another station.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 on %4 after you opened it. Your changes were not saved and are still on screen; reload to see the other change, then apply yours again.</source>
        <translation>%1 was changed by %2 at %3 on %4 after you opened it. Your changes were not saved and are still on screen; reload to see the other change, then apply yours again.</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 no longer exists.</translation>
    </message>
</context>
<context>
    <name>dd::Commands</name>
    <message>
        <source>The account %1 is deactivated; nothing was saved. Ask an administrator.</source>
        <translation>The account %1 is deactivated; nothing was saved. Ask an administrator.</translation>
    </message>
    <message>
        <source>%1 may not %2 (roles: %3). Nothing was saved; ask a user with the right role.</source>
        <translation>%1 may not %2 (roles: %3). Nothing was saved; ask a user with the right role.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The connection to the database was lost during this change and has been restored. Nothing of this change was saved; please do it again.</source>
        <translation>The connection to the database was lost during this change and has been restored. Nothing of this change was saved; please do it again.</translation>
    </message>
    <message>
        <source>The connection to the database was lost during this change. Nothing of it was saved. Check the network and that the database server is running, then do it again.</source>
        <translation>The connection to the database was lost during this change. Nothing of it was saved. Check the network and that the database server is running, then do it again.</translation>
    </message>
</context>
<context>
    <name>dd::ComplaintDialog</name>
    <message>
        <source>Find the customer who complains, then write down what they said.</source>
        <translation>Find the customer who complains, then write down what they said.</translation>
    </message>
    <message>
        <source>From the %1 of &lt;b&gt;%2&lt;/b&gt; (%3, %4).</source>
        <translation>From the %1 of &lt;b&gt;%2&lt;/b&gt; (%3, %4).</translation>
    </message>
    <message>
        <source>(not about one visit)</source>
        <translation>(not about one visit)</translation>
    </message>
    <message>
        <source>no vehicle</source>
        <translation>no vehicle</translation>
    </message>
    <message>
        <source>A major complaint goes to the service manager at once. </source>
        <translation>A major complaint goes to the service manager at once. </translation>
    </message>
    <message>
        <source>First reply by %1, resolved by %2.</source>
        <translation>First reply by %1, resolved by %2.</translation>
    </message>
</context>
<context>
    <name>dd::ComplaintStepDialog</name>
    <message>
        <source>— ask the customer —</source>
        <translation>— ask the customer —</translation>
    </message>
    <message>
        <source>Yes, satisfied: the complaint closes</source>
        <translation>Yes, satisfied: the complaint closes</translation>
    </message>
    <message>
        <source>No, not satisfied: it stays open</source>
        <translation>No, not satisfied: it stays open</translation>
    </message>
    <message>
        <source>— choose a colleague —</source>
        <translation>— choose a colleague —</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 · %3 · %4&lt;br/&gt;Responsible: %5. %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 · %3 · %4&lt;br/&gt;Responsible: %5. %6</translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation>Closed %1.</translation>
    </message>
    <message>
        <source>Resolve by %1.</source>
        <translation>Resolve by %1.</translation>
    </message>
    <message>
        <source>Goodwill is a line paid as goodwill on a new work order: open it at reception, then note its number.</source>
        <translation>Goodwill is a line paid as goodwill on a new work order: open it at reception, then note its number.</translation>
    </message>
    <message>
        <source>Open the comeback work order at reception (type: comeback), then note its number.</source>
        <translation>Open the comeback work order at reception (type: comeback), then note its number.</translation>
    </message>
    <message>
        <source>A major complaint: the service manager makes the closing call-back.</source>
        <translation>A major complaint: the service manager makes the closing call-back.</translation>
    </message>
    <message>
        <source>Ask whether the customer is satisfied with how it was handled; only a satisfied customer closes it.</source>
        <translation>Ask whether the customer is satisfied with how it was handled; only a satisfied customer closes it.</translation>
    </message>
    <message>
        <source>A major complaint: the service manager gives the reply.</source>
        <translation>A major complaint: the service manager gives the reply.</translation>
    </message>
</context>
<context>
    <name>dd::ComplaintStore</name>
    <message>
        <source>Write down what the customer said: the complaint needs their words.</source>
        <translation>Write down what the customer said: the complaint needs their words.</translation>
    </message>
    <message>
        <source>Choose the customer who complains: find them by plate, phone or name.</source>
        <translation>Choose the customer who complains: find them by plate, phone or name.</translation>
    </message>
    <message>
        <source>The work order of the complaint does not exist.</source>
        <translation>The work order of the complaint does not exist.</translation>
    </message>
    <message>
        <source>That work order is another customer&apos;s: choose a visit of the customer who complains.</source>
        <translation>That work order is another customer&apos;s: choose a visit of the customer who complains.</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Complaint %1</translation>
    </message>
    <message>
        <source>There is no work order %1: open it at reception first, then note its number here.</source>
        <translation>There is no work order %1: open it at reception first, then note its number here.</translation>
    </message>
    <message>
        <source>Work order %1 is another customer&apos;s, not %2&apos;s.</source>
        <translation>Work order %1 is another customer&apos;s, not %2&apos;s.</translation>
    </message>
    <message>
        <source>That colleague&apos;s account is not active: choose another.</source>
        <translation>That colleague&apos;s account is not active: choose another.</translation>
    </message>
    <message>
        <source>Complaint #%1 does not exist.</source>
        <translation>Complaint #%1 does not exist.</translation>
    </message>
    <message>
        <source>There is no complaint %1; check the number (it starts with the complaint prefix, e.g. TS).</source>
        <translation>There is no complaint %1; check the number (it starts with the complaint prefix, e.g. TS).</translation>
    </message>
    <message>
        <source>%1 does not work at the follow-up desk: hand the complaint to a customer-service clerk or the service manager.</source>
        <translation>%1 does not work at the follow-up desk: hand the complaint to a customer-service clerk or the service manager.</translation>
    </message>
</context>
<context>
    <name>dd::ComplaintsPanel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>replied %1</source>
        <translation>replied %1</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>Resolve by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>reply overdue</source>
        <translation>reply overdue</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>with the service manager</source>
        <translation>with the service manager</translation>
    </message>
    <message>
        <source>customer not satisfied</source>
        <translation>customer not satisfied</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Open complaints: none</source>
        <translation>&amp;Open complaints: none</translation>
    </message>
    <message>
        <source>&amp;Open complaints: %1, %2 past a deadline, %3 with the service manager</source>
        <translation>&amp;Open complaints: %1, %2 past a deadline, %3 with the service manager</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · received %3 by %4 (%5)%6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · received %3 by %4 (%5)%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>satisfied</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>not satisfied</translation>
    </message>
    <message>
        <source>Complaint %1 registered for %2: first reply by %3, resolved by %4.</source>
        <translation>Complaint %1 registered for %2: first reply by %3, resolved by %4.</translation>
    </message>
    <message>
        <source>%1 is closed: the customer is satisfied.</source>
        <translation>%1 is closed: the customer is satisfied.</translation>
    </message>
    <message>
        <source>Logged on %1; it stays open (resolve by %2).</source>
        <translation>Logged on %1; it stays open (resolve by %2).</translation>
    </message>
    <message>
        <source>Low score on the follow-up call: %1.</source>
        <translation>Low score on the follow-up call: %1.</translation>
    </message>
    <message>
        <source>manager&apos;s</source>
        <translation>manager&apos;s</translation>
    </message>
</context>
<context>
    <name>dd::Credentials</name>
    <message>
        <source>Enter a sign-in name.</source>
        <translation>Enter a sign-in name.</translation>
    </message>
    <message>
        <source>The sign-in name &quot;%1&quot; must be 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, without spaces.</source>
        <translation>The sign-in name &quot;%1&quot; must be 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, without spaces.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name; it is printed on forms.</source>
        <translation>Enter the person&apos;s full name; it is printed on forms.</translation>
    </message>
    <message>
        <source>The full name is longer than 60 characters.</source>
        <translation>The full name is longer than 60 characters.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The password must not be the sign-in name.</source>
        <translation>The password must not be the sign-in name.</translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>The password must not start or end with a space.</translation>
    </message>
</context>
<context>
    <name>dd::Csv</name>
    <message>
        <source>line %1, byte %2 of the file (%3)</source>
        <translation>line %1, byte %2 of the file (%3)</translation>
    </message>
    <message>
        <source>The file is UTF-16 (&quot;Unicode text&quot;). Save it as CSV in UTF-8 (in Excel: CSV UTF-8) and import it again.</source>
        <translation>The file is UTF-16 (&quot;Unicode text&quot;). Save it as CSV in UTF-8 (in Excel: CSV UTF-8) and import it again.</translation>
    </message>
    <message>
        <source>The file says it is UTF-8, but it is damaged at %1. Nothing was imported; save the file again as CSV UTF-8 and import it again.</source>
        <translation>The file says it is UTF-8, but it is damaged at %1. Nothing was imported; save the file again as CSV UTF-8 and import it again.</translation>
    </message>
    <message>
        <source>The file is UTF-8, but it is damaged at %1. Nothing was imported; save the file again as CSV UTF-8 and import it again.</source>
        <translation>The file is UTF-8, but it is damaged at %1. Nothing was imported; save the file again as CSV UTF-8 and import it again.</translation>
    </message>
    <message>
        <source>The file reads as %1 text, but it is damaged at %2. Nothing was imported; save the file again as CSV UTF-8 and import it again.</source>
        <translation>The file reads as %1 text, but it is damaged at %2. Nothing was imported; save the file again as CSV UTF-8 and import it again.</translation>
    </message>
    <message>
        <source>The file is not text in UTF-8, GB18030 (GBK) or Big5: the first bytes that fit none of them are at %1. Nothing was imported; save the file as CSV UTF-8 and import it again.</source>
        <translation>The file is not text in UTF-8, GB18030 (GBK) or Big5: the first bytes that fit none of them are at %1. Nothing was imported; save the file as CSV UTF-8 and import it again.</translation>
    </message>
</context>
<context>
    <name>dd::CustomerRules</name>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters; this one has %1.</source>
        <translation>A resident ID number has 18 characters; this one has %1.</translation>
    </message>
    <message>
        <source>The first 17 characters of a resident ID number are digits; character %1 is &quot;%2&quot;.</source>
        <translation>The first 17 characters of a resident ID number are digits; character %1 is &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The ID number&apos;s last character should be %1; please check it against the ID card.</source>
        <translation>The ID number&apos;s last character should be %1; please check it against the ID card.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is empty.</source>
        <translation>The customer&apos;s name is empty.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is longer than 100 characters.</source>
        <translation>The customer&apos;s name is longer than 100 characters.</translation>
    </message>
    <message>
        <source>The phone number %1 is entered twice.</source>
        <translation>The phone number %1 is entered twice.</translation>
    </message>
    <message>
        <source>Enter at least one phone number so the shop can reach the customer.</source>
        <translation>Enter at least one phone number so the shop can reach the customer.</translation>
    </message>
    <message>
        <source>Choose how the customer prefers to be contacted.</source>
        <translation>Choose how the customer prefers to be contacted.</translation>
    </message>
    <message>
        <source>A company that settles on account needs its tax number for the invoices.</source>
        <translation>A company that settles on account needs its tax number for the invoices.</translation>
    </message>
    <message>
        <source>A contact person has no name.</source>
        <translation>A contact person has no name.</translation>
    </message>
    <message>
        <source>Contact %1: %2</source>
        <translation>Contact %1: %2</translation>
    </message>
    <message>
        <source>The credit limit is not an amount: enter what may stand open on the account, e.g. 50000.</source>
        <translation>The credit limit is not an amount: enter what may stand open on the account, e.g. 50000.</translation>
    </message>
</context>
<context>
    <name>dd::CustomerStore</name>
    <message>
        <source>The customer %1 no longer exists.</source>
        <translation>The customer %1 no longer exists.</translation>
    </message>
    <message>
        <source>The customer %1</source>
        <translation>The customer %1</translation>
    </message>
</context>
<context>
    <name>dd::DamageMarkDialog</name>
    <message>
        <source>Damage mark %1 (new this visit)</source>
        <translation>Damage mark %1 (new this visit)</translation>
    </message>
    <message>
        <source>New damage mark</source>
        <translation>New damage mark</translation>
    </message>
    <message>
        <source>New this visit</source>
        <translation>New this visit</translation>
    </message>
    <message>
        <source>Damage mark %1 (from an earlier visit)</source>
        <translation>Damage mark %1 (from an earlier visit)</translation>
    </message>
    <message>
        <source>At visit %1 on %2</source>
        <translation>At visit %1 on %2</translation>
    </message>
    <message>
        <source>Add photos of the damage</source>
        <translation>Add photos of the damage</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>A mark keeps at most %1 photos.</source>
        <translation>A mark keeps at most %1 photos.</translation>
    </message>
    <message>
        <source>Not a picture this computer can read: %1. Take the photo again or save it as JPEG or PNG.</source>
        <translation>Not a picture this computer can read: %1. Take the photo again or save it as JPEG or PNG.</translation>
    </message>
</context>
<context>
    <name>dd::Database</name>
    <message>
        <source>The Qt %1 database driver is not installed (Debian package %2).</source>
        <translation>The Qt %1 database driver is not installed (Debian package %2).</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation>Cannot open the database file %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at %1. Check that the server is running, the address, user and password are right, and this PC may connect; then retry.</source>
        <translation>Cannot connect to the PostgreSQL server at %1. Check that the server is running, the address, user and password are right, and this PC may connect; then retry.</translation>
    </message>
    <message>
        <source>The database file %1 cannot use write-ahead logging (journal mode stays &quot;%2&quot;). Keep the file on a local disk, not on a network share.</source>
        <translation>The database file %1 cannot use write-ahead logging (journal mode stays &quot;%2&quot;). Keep the file on a local disk, not on a network share.</translation>
    </message>
    <message>
        <source>%1 holds a database of another program, not a DealerDesk database. It was left untouched; choose another file or an empty database.</source>
        <translation>%1 holds a database of another program, not a DealerDesk database. It was left untouched; choose another file or an empty database.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this DealerDesk knows versions up to %3. It was left untouched; install the newer DealerDesk that wrote it.</source>
        <translation>The database %1 has schema version %2, but this DealerDesk knows versions up to %3. It was left untouched; install the newer DealerDesk that wrote it.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it or choose another place for the database.</source>
        <translation>The folder %1 does not exist; create it or choose another place for the database.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable, so the database cannot be created there.</source>
        <translation>The folder %1 is not writable, so the database cannot be created there.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 is not a regular file.</translation>
    </message>
    <message>
        <source>%1 is not a database file. It was left untouched; choose a DealerDesk database file.</source>
        <translation>%1 is not a database file. It was left untouched; choose a DealerDesk database file.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Check its permissions.</source>
        <translation>The database file %1 is read-only. Check its permissions.</translation>
    </message>
    <message>
        <source>%1 could not be read as a database (%2). It was left untouched.</source>
        <translation>%1 could not be read as a database (%2). It was left untouched.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1. Check its permissions.</source>
        <translation>Cannot read the database file %1. Check its permissions.</translation>
    </message>
    <message>
        <source>The folder %1 that holds the database is read-only. SQLite writes its journal (%2-wal) beside the database, so nothing can be saved. Make the folder writable for this user, or move the database to a writable folder.</source>
        <translation>The folder %1 that holds the database is read-only. SQLite writes its journal (%2-wal) beside the database, so nothing can be saved. Make the folder writable for this user, or move the database to a writable folder.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged. DealerDesk writes nothing more to it, so nothing else is lost. Close DealerDesk on every PC; rename the damaged file (keep it for the technician); copy your latest backup (from Backup… or &quot;dealerdesk backup&quot;, or the copy kept before an upgrade, %2) to %1; then start DealerDesk again. &quot;dealerdesk --db %1 check&quot; lists what is damaged.</source>
        <translation>The database file %1 is damaged. DealerDesk writes nothing more to it, so nothing else is lost. Close DealerDesk on every PC; rename the damaged file (keep it for the technician); copy your latest backup (from Backup… or &quot;dealerdesk backup&quot;, or the copy kept before an upgrade, %2) to %1; then start DealerDesk again. &quot;dealerdesk --db %1 check&quot; lists what is damaged.</translation>
    </message>
    <message>
        <source>The disk that holds the database %1 is full. Nothing of this change was saved; free some space on that disk (old files, backups kept elsewhere) and try again.</source>
        <translation>The disk that holds the database %1 is full. Nothing of this change was saved; free some space on that disk (old files, backups kept elsewhere) and try again.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only, so nothing can be saved. Check its permissions.</source>
        <translation>The database file %1 is read-only, so nothing can be saved. Check its permissions.</translation>
    </message>
    <message>
        <source>Cannot open the database file %1. Check that the disk is there and that this user may read and write the file.</source>
        <translation>Cannot open the database file %1. Check that the disk is there and that this user may read and write the file.</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseCheck</name>
    <message>
        <source>Database check: the PostgreSQL server keeps the pages; check it there (pg_amcheck).</source>
        <translation>Database check: the PostgreSQL server keeps the pages; check it there (pg_amcheck).</translation>
    </message>
    <message>
        <source>Database check: running in the background…</source>
        <translation>Database check: running in the background…</translation>
    </message>
    <message>
        <source>Database check: not run yet; it runs once a day in the background.</source>
        <translation>Database check: not run yet; it runs once a day in the background.</translation>
    </message>
    <message>
        <source>Database check on %1: the database file is DAMAGED (%2). Restore the latest backup.</source>
        <translation>Database check on %1: the database file is DAMAGED (%2). Restore the latest backup.</translation>
    </message>
    <message>
        <source>Database check on %1: no damage found (every page and index, %2 s).</source>
        <translation>Database check on %1: no damage found (every page and index, %2 s).</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseDialog</name>
    <message>
        <source>Now: %1 - %2</source>
        <translation>Now: %1 - %2</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>DealerDesk database (*.db)</source>
        <translation>DealerDesk database (*.db)</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL server&apos;s name or address.</source>
        <translation>Enter the PostgreSQL server&apos;s name or address.</translation>
    </message>
    <message>
        <source>Usable: a new or empty database; DealerDesk will set it up at the next start.</source>
        <translation>Usable: a new or empty database; DealerDesk will set it up at the next start.</translation>
    </message>
    <message>
        <source>Usable: a DealerDesk database (schema version %1); it will be upgraded to %2 at the next start.</source>
        <translation>Usable: a DealerDesk database (schema version %1); it will be upgraded to %2 at the next start.</translation>
    </message>
    <message>
        <source>Usable: a DealerDesk database (schema version %1).</source>
        <translation>Usable: a DealerDesk database (schema version %1).</translation>
    </message>
</context>
<context>
    <name>dd::DayCloseDialog</name>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Export the day close</source>
        <translation>Export the day close</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <source>Close %1? A day is closed once; settlements made after it belong to the next day.</source>
        <translation>Close %1? A day is closed once; settlements made after it belong to the next day.</translation>
    </message>
    <message>
        <source>Closed by %1 at %2.</source>
        <translation>Closed by %1 at %2.</translation>
    </message>
    <message>
        <source>Not closed yet.</source>
        <translation>Not closed yet.</translation>
    </message>
    <message>
        <source>%1 settlements, %2 reversals (%3). Collected &lt;b&gt;%4&lt;/b&gt;; new receivables &lt;b&gt;%5&lt;/b&gt;. %6</source>
        <translation>%1 settlements, %2 reversals (%3). Collected &lt;b&gt;%4&lt;/b&gt;; new receivables &lt;b&gt;%5&lt;/b&gt;. %6</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>%1 is closed. Print the report for the cash count.</source>
        <translation>%1 is closed. Print the report for the cash count.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) ready for settlement and not settled: %1</source>
        <translation>
            <numerusform>%n car ready for settlement and not settled: %1</numerusform>
            <numerusform>%n cars ready for settlement and not settled: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>within the cashier&apos;s limit</source>
        <translation>within the cashier&apos;s limit</translation>
    </message>
    <message>
        <source>Discounts given: none.</source>
        <translation>Discounts given: none.</translation>
    </message>
    <message>
        <source>Discounts given, and who approved them: %1 in all</source>
        <translation>Discounts given, and who approved them: %1 in all</translation>
    </message>
    <message>
        <source>%1: %2 handed over to %3, counted %4</source>
        <translation>%1: %2 handed over to %3, counted %4</translation>
    </message>
    <message>
        <source>%1: day close by %2, counted %3</source>
        <translation>%1: day close by %2, counted %3</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>over %1</translation>
    </message>
    <message>
        <source>short %1</source>
        <translation>short %1</translation>
    </message>
    <message>
        <source>count the drawer and enter the amount</source>
        <translation>count the drawer and enter the amount</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; enter e.g. 1250.00</source>
        <translation>&quot;%1&quot; is not an amount; enter e.g. 1250.00</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>over %1: say why</source>
        <translation>over %1: say why</translation>
    </message>
    <message>
        <source>short %1: say why</source>
        <translation>short %1: say why</translation>
    </message>
    <message>
        <source>Count the drawer first and enter the amount (%1 expected).</source>
        <translation>Count the drawer first and enter the amount (%1 expected).</translation>
    </message>
    <message>
        <source>Hand over the shift</source>
        <translation>Hand over the shift</translation>
    </message>
    <message>
        <source>Who takes the cashier&apos;s desk over?</source>
        <translation>Who takes the cashier&apos;s desk over?</translation>
    </message>
    <message>
        <source>Handed over to %1. The drawer is counted again at the day close.</source>
        <translation>Handed over to %1. The drawer is counted again at the day close.</translation>
    </message>
    <message>
        <source>Count the drawer and enter the amount (%1 expected) before closing the day.</source>
        <translation>Count the drawer and enter the amount (%1 expected) before closing the day.</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) are ready for settlement and not settled: %1. They will be settled on the next day.</source>
        <translation>
            <numerusform>%n car is ready for settlement and not settled: %1. It will be settled on the next day.</numerusform>
            <numerusform>%n cars are ready for settlement and not settled: %1. They will be settled on the next day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::DayTimeline</name>
    <message>
        <source>Timeline of the day by advisor and bay</source>
        <translation>Timeline of the day by advisor and bay</translation>
    </message>
    <message>
        <source>(any advisor)</source>
        <translation>(any advisor)</translation>
    </message>
    <message>
        <source>(no bay yet)</source>
        <translation>(no bay yet)</translation>
    </message>
    <message>
        <source>Advisors</source>
        <translation>Advisors</translation>
    </message>
    <message>
        <source>Advisor: %1 · Bay: %2</source>
        <translation>Advisor: %1 · Bay: %2</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>late %1 min</source>
        <translation>late %1 min</translation>
    </message>
    <message>
        <source>no-show: not here %1 min after the time</source>
        <translation>no-show: not here %1 min after the time</translation>
    </message>
    <message>
        <source>Overbooked: overlaps another appointment of the same advisor or bay.</source>
        <translation>Overbooked: overlaps another appointment of the same advisor or bay.</translation>
    </message>
    <message>
        <source>%1 is free %2–%3</source>
        <translation>%1 is free %2–%3</translation>
    </message>
    <message>
        <source>The workshop is closed on this day.</source>
        <translation>The workshop is closed on this day.</translation>
    </message>
    <message>
        <source>Bays</source>
        <translation>Bays</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>No advisors or bays yet.</source>
        <translation>No advisors or bays yet.</translation>
    </message>
</context>
<context>
    <name>dd::DbTargets</name>
    <message>
        <source>No database given: pass a file path or a postgresql:// address.</source>
        <translation>No database given: pass a file path or a postgresql:// address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported database address; use a file path for SQLite or postgresql://user@host:port/dbname.</source>
        <translation>&quot;%1&quot; is not a supported database address; use a file path for SQLite or postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>The PostgreSQL address &quot;%1&quot; cannot be read: %2</source>
        <translation>The PostgreSQL address &quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL address &quot;%1&quot; names no database; end it with /dbname, e.g. postgresql://dealerdesk@192.168.1.10:5432/dealerdesk.</source>
        <translation>The PostgreSQL address &quot;%1&quot; names no database; end it with /dbname, e.g. postgresql://dealerdesk@192.168.1.10:5432/dealerdesk.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give the path of a database file inside it, e.g. %2.</source>
        <translation>&quot;%1&quot; is a folder; give the path of a database file inside it, e.g. %2.</translation>
    </message>
</context>
<context>
    <name>dd::DealershipRules</name>
    <message>
        <source>1. Please take your valuables with you; the shop is not liable for valuables left in the vehicle.
2. Replaced parts belong to the customer and are returned on request.
3. Additional work is only carried out with the customer&apos;s prior consent.
4. Customer-supplied parts carry no quality guarantee from the shop.</source>
        <translation>1. Please take your valuables with you; the shop is not liable for valuables left in the vehicle.
2. Replaced parts belong to the customer and are returned on request.
3. Additional work is only carried out with the customer&apos;s prior consent.
4. Customer-supplied parts carry no quality guarantee from the shop.</translation>
    </message>
    <message>
        <source>The dealership name is empty; it is printed on every form.</source>
        <translation>The dealership name is empty; it is printed on every form.</translation>
    </message>
    <message>
        <source>The dealership name is longer than 120 characters.</source>
        <translation>The dealership name is longer than 120 characters.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 % and 100 %.</source>
        <translation>The VAT rate must be between 0 % and 100 %.</translation>
    </message>
    <message>
        <source>The VAT rate is %1 %; repair services and parts are normally taxed at 13 %.</source>
        <translation>The VAT rate is %1 %; repair services and parts are normally taxed at 13 %.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; may only hold digits, spaces, +, - and brackets.</source>
        <translation>The phone number &quot;%1&quot; may only hold digits, spaces, +, - and brackets.</translation>
    </message>
    <message>
        <source>%1 and %2 use the same prefix &quot;%3&quot;; each kind of document needs its own.</source>
        <translation>%1 and %2 use the same prefix &quot;%3&quot;; each kind of document needs its own.</translation>
    </message>
    <message>
        <source>The logo is larger than 512 KB; choose a smaller image.</source>
        <translation>The logo is larger than 512 KB; choose a smaller image.</translation>
    </message>
    <message>
        <source>Labor rate code &quot;%1&quot;: use 1 to 12 capital letters, digits, - or _.</source>
        <translation>Labor rate code &quot;%1&quot;: use 1 to 12 capital letters, digits, - or _.</translation>
    </message>
    <message>
        <source>Labor rate %1 has no name.</source>
        <translation>Labor rate %1 has no name.</translation>
    </message>
    <message>
        <source>Labor rate %1 must be more than 0.00 per hour.</source>
        <translation>Labor rate %1 must be more than 0.00 per hour.</translation>
    </message>
    <message>
        <source>The tax number has %1 characters; a unified social credit code has 18.</source>
        <translation>The tax number has %1 characters; a unified social credit code has 18.</translation>
    </message>
    <message>
        <source>The tax number holds &quot;%1&quot; at position %2; only digits and capital letters other than I, O, Z, S and V are used.</source>
        <translation>The tax number holds &quot;%1&quot; at position %2; only digits and capital letters other than I, O, Z, S and V are used.</translation>
    </message>
    <message>
        <source>The tax number&apos;s last character should be %1; check the number for a typing error.</source>
        <translation>The tax number&apos;s last character should be %1; check the number for a typing error.</translation>
    </message>
    <message>
        <source>Locking idle PCs takes 1 to 240 minutes, or 0 for never.</source>
        <translation>Locking idle PCs takes 1 to 240 minutes, or 0 for never.</translation>
    </message>
    <message>
        <source>The time to greet an arriving customer must be between 30 seconds and 30 minutes.</source>
        <translation>The time to greet an arriving customer must be between 30 seconds and 30 minutes.</translation>
    </message>
    <message>
        <source>The time a finding may wait for the customer&apos;s decision must be between 1 and 240 minutes.</source>
        <translation>The time a finding may wait for the customer&apos;s decision must be between 1 and 240 minutes.</translation>
    </message>
    <message>
        <source>The discount a role may grant alone must be between 0 and 100 %.</source>
        <translation>The discount a role may grant alone must be between 0 and 100 %.</translation>
    </message>
    <message>
        <source>The maintenance interval must be between 500 and 50,000 km.</source>
        <translation>The maintenance interval must be between 500 and 50,000 km.</translation>
    </message>
    <message>
        <source>The maintenance interval must be between 1 and 24 months.</source>
        <translation>The maintenance interval must be between 1 and 24 months.</translation>
    </message>
    <message>
        <source>The workshop must open before it closes (for example 08:30 to 18:00).</source>
        <translation>The workshop must open before it closes (for example 08:30 to 18:00).</translation>
    </message>
    <message>
        <source>The workshop is open for less than 2 hours a day; check its opening and closing times.</source>
        <translation>The workshop is open for less than 2 hours a day; check its opening and closing times.</translation>
    </message>
    <message>
        <source>The workshop cannot be closed on every day of the week.</source>
        <translation>The workshop cannot be closed on every day of the week.</translation>
    </message>
    <message>
        <source>A late booking becomes a no-show after 5 to 240 minutes.</source>
        <translation>A late booking becomes a no-show after 5 to 240 minutes.</translation>
    </message>
    <message>
        <source>The guarantee for %1 may not be less than the legal %L2 km and %3 days.</source>
        <translation>The guarantee for %1 may not be less than the legal %L2 km and %3 days.</translation>
    </message>
    <message>
        <source>The guarantee for %1 is longer than 500,000 km or 10 years; check the figures.</source>
        <translation>The guarantee for %1 is longer than 500,000 km or 10 years; check the figures.</translation>
    </message>
    <message>
        <source>The message text is longer than 500 characters; an SMS platform splits or refuses it.</source>
        <translation>The message text is longer than 500 characters; an SMS platform splits or refuses it.</translation>
    </message>
</context>
<context>
    <name>dd::DealershipSettingsDialog</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rate per hour</source>
        <translation>Rate per hour</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>%1 cannot be read as an image: %2</translation>
    </message>
    <message>
        <source>The VAT rate &quot;%1&quot; is not a percentage between 0 and 100, e.g. 13.</source>
        <translation>The VAT rate &quot;%1&quot; is not a percentage between 0 and 100, e.g. 13.</translation>
    </message>
    <message>
        <source>Labor rate %1: &quot;%2&quot; is not an amount; enter e.g. 180.00.</source>
        <translation>Labor rate %1: &quot;%2&quot; is not an amount; enter e.g. 180.00.</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <source>Save these settings anyway?</source>
        <translation>Save these settings anyway?</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The discount limit &quot;%1&quot; is not a percentage between 0 and 100, e.g. 5.</source>
        <translation>The discount limit &quot;%1&quot; is not a percentage between 0 and 100, e.g. 5.</translation>
    </message>
    <message>
        <source>the first by code</source>
        <translation>the first by code</translation>
    </message>
    <message>
        <source>%L1 km, %2 days</source>
        <translation>%L1 km, %2 days</translation>
    </message>
    <message>
        <source>Examples: %1, %2, %3, %4, %5</source>
        <translation>Examples: %1, %2, %3, %4, %5</translation>
    </message>
</context>
<context>
    <name>dd::DealershipStore</name>
    <message>
        <source>The dealership settings are missing from the database.</source>
        <translation>The dealership settings are missing from the database.</translation>
    </message>
    <message>
        <source>The dealership settings</source>
        <translation>The dealership settings</translation>
    </message>
    <message>
        <source>A labor rate with the code %1 already exists.</source>
        <translation>A labor rate with the code %1 already exists.</translation>
    </message>
    <message>
        <source>Labor rate %1</source>
        <translation>Labor rate %1</translation>
    </message>
    <message>
        <source>The default labor rate %1 is not an active labor rate; choose another one.</source>
        <translation>The default labor rate %1 is not an active labor rate; choose another one.</translation>
    </message>
</context>
<context>
    <name>dd::DecisionDialog</name>
    <message>
        <source>The customer&apos;s decision: %1</source>
        <translation>The customer&apos;s decision: %1</translation>
    </message>
    <message>
        <source>Safety-critical</source>
        <translation>Safety-critical</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>Not covered by warranty: %1</source>
        <translation>Not covered by warranty: %1</translation>
    </message>
    <message>
        <source>Extra time: %1 min; new promised time %2</source>
        <translation>Extra time: %1 min; new promised time %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Bring up again on</source>
        <translation>Bring up again on</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>choose…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2027-03-01.</source>
        <translation>&quot;%1&quot; is not a date; write it as 2027-03-01.</translation>
    </message>
    <message>
        <source>Owner: %1; brought in by %2</source>
        <translation>Owner: %1; brought in by %2</translation>
    </message>
</context>
<context>
    <name>dd::DeliveryDialog</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Reason / new promise</source>
        <translation>Reason / new promise</translation>
    </message>
    <message>
        <source>new promise %1</source>
        <translation>new promise %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>promised %1, tell the customer by &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>promised %1, tell the customer by &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>delivered %1</translation>
    </message>
    <message>
        <source>Pickup checklist (after settlement at the cashier desk)</source>
        <translation>Pickup checklist (after settlement at the cashier desk)</translation>
    </message>
    <message>
        <source>Logged: %1 by %2.</source>
        <translation>Logged: %1 by %2.</translation>
    </message>
    <message>
        <source>Delivered at %1.</source>
        <translation>Delivered at %1.</translation>
    </message>
    <message>
        <source>The odometer &quot;%1&quot; is not a number of km; type it as on the dashboard, e.g. 52360, or leave it empty.</source>
        <translation>The odometer &quot;%1&quot; is not a number of km; type it as on the dashboard, e.g. 52360, or leave it empty.</translation>
    </message>
    <message>
        <source>the customer signed the pickup on screen</source>
        <translation>the customer signed the pickup on screen</translation>
    </message>
    <message>
        <source>the pickup was neither signed nor printed</source>
        <translation>the pickup was neither signed nor printed</translation>
    </message>
    <message>
        <source>Delivered at %1; %2.</source>
        <translation>Delivered at %1; %2.</translation>
    </message>
    <message>
        <source>the release notice was printed or saved for the customer&apos;s signature</source>
        <translation>the release notice was printed or saved for the customer&apos;s signature</translation>
    </message>
    <message>
        <source>the release notice signed earlier stands</source>
        <translation>the release notice signed earlier stands</translation>
    </message>
</context>
<context>
    <name>dd::DeliveryRules</name>
    <message>
        <source>Car ready</source>
        <translation>Car ready</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Delay</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Belongings returned and checked with the customer</source>
        <translation>Belongings returned and checked with the customer</translation>
    </message>
    <message>
        <source>Keys handed over</source>
        <translation>Keys handed over</translation>
    </message>
    <message>
        <source>Old parts handed over or their waiver signed</source>
        <translation>Old parts handed over or their waiver signed</translation>
    </message>
    <message>
        <source>Documents returned (licence, service book, statement)</source>
        <translation>Documents returned (licence, service book, statement)</translation>
    </message>
</context>
<context>
    <name>dd::DeliveryStore</name>
    <message>
        <source>Unknown kind of notification &quot;%1&quot;.</source>
        <translation>Unknown kind of notification &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Say how the customer was told (phone, text message, WeChat or in person).</source>
        <translation>Say how the customer was told (phone, text message, WeChat or in person).</translation>
    </message>
    <message>
        <source>A delay notification needs the reason given to the customer.</source>
        <translation>A delay notification needs the reason given to the customer.</translation>
    </message>
    <message>
        <source>The new promised time must be later than now.</source>
        <translation>The new promised time must be later than now.</translation>
    </message>
    <message>
        <source>Work order %1 is %2; there is nobody to notify.</source>
        <translation>Work order %1 is %2; there is nobody to notify.</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>Work order %1</translation>
    </message>
</context>
<context>
    <name>dd::Demo</name>
    <message>
        <source>The demo dealership is already loaded.</source>
        <translation>The demo dealership is already loaded.</translation>
    </message>
    <message>
        <source>This database already holds a dealership&apos;s staff; the demo only goes into an empty database.</source>
        <translation>This database already holds a dealership&apos;s staff; the demo only goes into an empty database.</translation>
    </message>
    <message>
        <source>Dealership: %1</source>
        <translation>Dealership: %1</translation>
    </message>
    <message>
        <source>Labor rates: %1</source>
        <translation>Labor rates: %1</translation>
    </message>
    <message>
        <source>Staff: %1, without passwords; an administrator sets them under Users.</source>
        <translation>Staff: %1, without passwords; an administrator sets them under Users.</translation>
    </message>
    <message>
        <source>Customers: %1 people and %2 companies</source>
        <translation>Customers: %1 people and %2 companies</translation>
    </message>
    <message>
        <source>Vehicles: %1 (%2 European VINs without a check digit)</source>
        <translation>Vehicles: %1 (%2 European VINs without a check digit)</translation>
    </message>
    <message>
        <source>Past visits: %1</source>
        <translation>Past visits: %1</translation>
    </message>
    <message>
        <source>Appointments today and tomorrow: %1</source>
        <translation>Appointments today and tomorrow: %1</translation>
    </message>
    <message>
        <source>At the counter now: 3 arrivals, work order %1 in draft</source>
        <translation>At the counter now: 3 arrivals, work order %1 in draft</translation>
    </message>
    <message>
        <source>Inspections: %1 earlier ones with damage marks, %2 completed this morning, %3 under way</source>
        <translation>Inspections: %1 earlier ones with damage marks, %2 completed this morning, %3 under way</translation>
    </message>
    <message>
        <source>The demo catalog %1 is missing from the program.</source>
        <translation>The demo catalog %1 is missing from the program.</translation>
    </message>
    <message>
        <source>The demo catalog %1 has rejected rows: %2</source>
        <translation>The demo catalog %1 has rejected rows: %2</translation>
    </message>
    <message>
        <source>Catalogs: %1 labor operation rows, %2 parts, %3 canned-job rows (the CSV files in db/demo).</source>
        <translation>Catalogs: %1 labor operation rows, %2 parts, %3 canned-job rows (the CSV files in db/demo).</translation>
    </message>
    <message>
        <source>Cashier: 4 settlements (split payment, a manager-approved discount, a reversal and its new settlement), 2 cars delivered, 1 waiting for pickup</source>
        <translation>Cashier: 4 settlements (split payment, a manager-approved discount, a reversal and its new settlement), 2 cars delivered, 1 waiting for pickup</translation>
    </message>
    <message>
        <source>Workshop: %1 work orders from authorized to ready for settlement, one cancelled with its reason, %2 add-on finding decided, %3 waiting for the customer</source>
        <translation>Workshop: %1 work orders from authorized to ready for settlement, one cancelled with its reason, %2 add-on finding decided, %3 waiting for the customer</translation>
    </message>
    <message>
        <source>Complaints: 3 (one closed with the customer satisfied, one overdue with the service manager, one major open)</source>
        <translation>Complaints: 3 (one closed with the customer satisfied, one overdue with the service manager, one major open)</translation>
    </message>
</context>
<context>
    <name>dd::DispatchBoardPage</name>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicians</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>Bay</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Red: promised time passed. Amber: 75 % of the planned time has run; ask the workshop whether the promise holds. Enter opens the work order.</source>
        <translation>Red: promised time passed. Amber: 75 % of the planned time has run; ask the workshop whether the promise holds. Enter opens the work order.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) waiting</source>
        <translation>
            <numerusform>%n finding waiting</numerusform>
            <numerusform>%n findings waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>rework %1</source>
        <translation>rework %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>check progress</source>
        <translation>check progress</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n job(s), %2 h</source>
        <translation>
            <numerusform>%1: %n job, %2 h</numerusform>
            <numerusform>%1: %n jobs, %2 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) in the workshop</source>
        <translation>
            <numerusform>%n work order in the workshop</numerusform>
            <numerusform>%n work orders in the workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the promised time</source>
        <translation>
            <numerusform>%n past the promised time</numerusform>
            <numerusform>%n past the promised time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress check(s) due</source>
        <translation>
            <numerusform>%n progress check due</numerusform>
            <numerusform>%n progress checks due</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation>Tell the customer</translation>
    </message>
    <message>
        <source>delay due</source>
        <translation>delay due</translation>
    </message>
    <message>
        <source>Open the selected work order</source>
        <translation>Open the selected work order</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>Dispatch board</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::DocumentNumbers</name>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>The document number prefix is empty; enter 1 to 6 capital letters or digits, e.g. WO.</source>
        <translation>The document number prefix is empty; enter 1 to 6 capital letters or digits, e.g. WO.</translation>
    </message>
    <message>
        <source>The document number prefix &quot;%1&quot; may only hold 1 to 6 capital letters (A-Z) or digits and must start with a letter.</source>
        <translation>The document number prefix &quot;%1&quot; may only hold 1 to 6 capital letters (A-Z) or digits and must start with a letter.</translation>
    </message>
    <message>
        <source>Completion certificate</source>
        <translation>Completion certificate</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
</context>
<context>
    <name>dd::DocumentService</name>
    <message>
        <source>There is no form &quot;%1&quot;. Forms: %2.</source>
        <translation>There is no form &quot;%1&quot;. Forms: %2.</translation>
    </message>
    <message>
        <source>That printed document is no longer on record.</source>
        <translation>That printed document is no longer on record.</translation>
    </message>
    <message>
        <source>The stored copy of %1 %2 is damaged and cannot be reprinted.</source>
        <translation>The stored copy of %1 %2 is damaged and cannot be reprinted.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another place for the PDF.</source>
        <translation>The folder %1 does not exist; choose another place for the PDF.</translation>
    </message>
    <message>
        <source>There is no printer named &quot;%1&quot;; no printer is installed on this computer.</source>
        <translation>There is no printer named &quot;%1&quot;; no printer is installed on this computer.</translation>
    </message>
    <message>
        <source>There is no printer named &quot;%1&quot;. Installed printers: %2.</source>
        <translation>There is no printer named &quot;%1&quot;. Installed printers: %2.</translation>
    </message>
    <message>
        <source>Choose a printer or a PDF file.</source>
        <translation>Choose a printer or a PDF file.</translation>
    </message>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation>There is no form &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The %1 is not signed on screen; print it for the customer&apos;s signature.</source>
        <translation>The %1 is not signed on screen; print it for the customer&apos;s signature.</translation>
    </message>
    <message>
        <source>Enter the name of the person signing.</source>
        <translation>Enter the name of the person signing.</translation>
    </message>
    <message>
        <source>There is no signature yet: the customer signs on the pad first.</source>
        <translation>There is no signature yet: the customer signs on the pad first.</translation>
    </message>
    <message>
        <source>Unknown signature device &quot;%1&quot;.</source>
        <translation>Unknown signature device &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 %2 changed after it was shown to the customer, so it was not signed. Look at it again with the customer, then ask for the signature again.</source>
        <translation>%1 %2 changed after it was shown to the customer, so it was not signed. Look at it again with the customer, then ask for the signature again.</translation>
    </message>
</context>
<context>
    <name>dd::DocumentStore</name>
    <message>
        <source>The database did not return the new record&apos;s number.</source>
        <translation>The database did not return the new record&apos;s number.</translation>
    </message>
</context>
<context>
    <name>dd::EnergyRules</name>
    <message>
        <source>Petrol</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>Diesel</source>
        <translation>Diesel</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Plug-in hybrid</source>
        <translation>Plug-in hybrid</translation>
    </message>
    <message>
        <source>Battery electric</source>
        <translation>Battery electric</translation>
    </message>
    <message>
        <source>Fuel cell</source>
        <translation>Fuel cell</translation>
    </message>
</context>
<context>
    <name>dd::FindingDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not a warranty matter</source>
        <translation>not a warranty matter</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Hours / qty</source>
        <translation>Hours / qty</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Total ¥%1 (incl. VAT)</source>
        <translation>Total ¥%1 (incl. VAT)</translation>
    </message>
    <message>
        <source>Photos of the finding</source>
        <translation>Photos of the finding</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a picture this computer can read: %1.</source>
        <translation>Not a picture this computer can read: %1.</translation>
    </message>
</context>
<context>
    <name>dd::FirstRunDialog</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>This database already holds a dealership&apos;s data.</source>
        <translation>This database already holds a dealership&apos;s data.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>The two passwords differ; type the same password twice.</translation>
    </message>
    <message>
        <source>Enter the dealership&apos;s name; it is printed on every form.</source>
        <translation>Enter the dealership&apos;s name; it is printed on every form.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Set password</translation>
    </message>
    <message>
        <source>Set the administrator&apos;s password</source>
        <translation>Set the administrator&apos;s password</translation>
    </message>
    <message>
        <source>This database already holds a dealership and its staff, but no administrator can sign in yet. Choose the administrator&apos;s password; DealerDesk has no default password. Then the administrator sets the staff&apos;s passwords under Settings &gt; Users.</source>
        <translation>This database already holds a dealership and its staff, but no administrator can sign in yet. Choose the administrator&apos;s password; DealerDesk has no default password. Then the administrator sets the staff&apos;s passwords under Settings &gt; Users.</translation>
    </message>
</context>
<context>
    <name>dd::FirstStart</name>
    <message>
        <source>Enter the dealership&apos;s name; it is printed on every form.</source>
        <translation>Enter the dealership&apos;s name; it is printed on every form.</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>First start</translation>
    </message>
    <message>
        <source>This database already has an administrator; sign in instead.</source>
        <translation>This database already has an administrator; sign in instead.</translation>
    </message>
    <message>
        <source>This database already holds a dealership&apos;s staff; set the administrator&apos;s password instead of creating a new dealership.</source>
        <translation>This database already holds a dealership&apos;s staff; set the administrator&apos;s password instead of creating a new dealership.</translation>
    </message>
</context>
<context>
    <name>dd::FollowUpCallDialog</name>
    <message>
        <source>%1 (deferred to %2)</source>
        <translation>%1 (deferred to %2)</translation>
    </message>
    <message>
        <source>%1 (declined)</source>
        <translation>%1 (declined)</translation>
    </message>
    <message>
        <source>Work done: %1. Amount %2. Served by %3; the car left %4.</source>
        <translation>Work done: %1. Amount %2. Served by %3; the car left %4.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Still open: %1.</source>
        <translation>Still open: %1.</translation>
    </message>
    <message>
        <source>Ask how the visit went, and the satisfaction questions.</source>
        <translation>Ask how the visit went, and the satisfaction questions.</translation>
    </message>
    <message>
        <source>Ask whether the repair holds; no survey on this call.</source>
        <translation>Ask whether the repair holds; no survey on this call.</translation>
    </message>
</context>
<context>
    <name>dd::FollowUpCommand</name>
    <message>
        <source>use: followups [--due YYYY-MM-DD | --overdue]</source>
        <translation>use: followups [--due YYYY-MM-DD | --overdue]</translation>
    </message>
    <message>
        <source>--due needs a date as YYYY-MM-DD, e.g. 2026-12-07, not &quot;%1&quot;</source>
        <translation>--due needs a date as YYYY-MM-DD, e.g. 2026-12-07, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of %1 written to %2</source>
        <translation>
            <numerusform>%n message of %1 written to %2</numerusform>
            <numerusform>%n messages of %1 written to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::FollowUpMessageDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was not reached on the %2 about %3: send this instead.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; was not reached on the %2 about %3: send this instead.</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>postal address</translation>
    </message>
    <message>
        <source>mobile number or WeChat ID</source>
        <translation>mobile number or WeChat ID</translation>
    </message>
</context>
<context>
    <name>dd::FollowUpPage</name>
    <message>
        <source>On the selected call: log it (reached, no answer, call back …)</source>
        <translation>On the selected call: log it (reached, no answer, call back …)</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up call(s) due, %1 of them overdue</source>
        <translation>
            <numerusform>%n follow-up call due, %1 of them overdue</numerusform>
            <numerusform>%n follow-up calls due, %1 of them overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message numerus="yes">
        <source>%1 (overdue %n day(s))</source>
        <translation>
            <numerusform>%1 (overdue %n day)</numerusform>
            <numerusform>%1 (overdue %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Served by</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>&amp;Calls to make: none this week</source>
        <translation>&amp;Calls to make: none this week</translation>
    </message>
    <message>
        <source>&amp;Calls to make: %1 due today, %2 of them overdue; %3 in the week ahead</source>
        <translation>&amp;Calls to make: %1 due today, %2 of them overdue; %3 in the week ahead</translation>
    </message>
    <message>
        <source>%1 for %2 (%3), served by %4; the car left %5.</source>
        <translation>%1 for %2 (%3), served by %4; the car left %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) so far.</source>
        <translation>
            <numerusform>%n attempt so far.</numerusform>
            <numerusform>%n attempts so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reached after the tries the dealership allows: send a message or a letter instead.</source>
        <translation>Not reached after the tries the dealership allows: send a message or a letter instead.</translation>
    </message>
    <message>
        <source>Logged for %1; the call stays on the list (due %2).</source>
        <translation>Logged for %1; the call stays on the list (due %2).</translation>
    </message>
    <message>
        <source>Logged for %1: %2.</source>
        <translation>Logged for %1: %2.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Between the call queue and the complaints (or Alt+Q, Alt+P)</source>
        <translation>Between the call queue and the complaints (or Alt+Q, Alt+P)</translation>
    </message>
    <message>
        <source>The customer on the selected call complains: register it</source>
        <translation>The customer on the selected call complains: register it</translation>
    </message>
    <message>
        <source>Complaints: register a new one (counter, phone, letter, hotline, online)</source>
        <translation>Complaints: register a new one (counter, phone, letter, hotline, online)</translation>
    </message>
    <message>
        <source>Complaints: log a step on the selected one (or Enter)</source>
        <translation>Complaints: log a step on the selected one (or Enter)</translation>
    </message>
    <message>
        <source>Complaints: print the complaint-handling form</source>
        <translation>Complaints: print the complaint-handling form</translation>
    </message>
    <message>
        <source>Read the calls and complaints again</source>
        <translation>Read the calls and complaints again</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) open, %1 past a deadline</source>
        <translation>
            <numerusform>%n complaint open, %1 past a deadline</numerusform>
            <numerusform>%n complaints open, %1 past a deadline</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged for %1. The low score opened complaint %2 for the service manager (Alt+P shows it).</source>
        <translation>Logged for %1. The low score opened complaint %2 for the service manager (Alt+P shows it).</translation>
    </message>
    <message>
        <source>A message or a letter instead of a call the customer was not reached on</source>
        <translation>A message or a letter instead of a call the customer was not reached on</translation>
    </message>
    <message>
        <source>A %1 to %2 is queued instead of the call; the call counts as done.</source>
        <translation>A %1 to %2 is queued instead of the call; the call counts as done.</translation>
    </message>
</context>
<context>
    <name>dd::FollowUpRules</name>
    <message>
        <source>Next-day call</source>
        <translation>Next-day call</translation>
    </message>
    <message>
        <source>First call</source>
        <translation>First call</translation>
    </message>
    <message>
        <source>Second call</source>
        <translation>Second call</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Message sent instead</source>
        <translation>Message sent instead</translation>
    </message>
    <message>
        <source>Closed without contact</source>
        <translation>Closed without contact</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>Asked to be called back</source>
        <translation>Asked to be called back</translation>
    </message>
    <message>
        <source>Refused the call</source>
        <translation>Refused the call</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s hotline</source>
        <translation>Manufacturer&apos;s hotline</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Repair quality</source>
        <translation>Repair quality</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Damage to the car</source>
        <translation>Damage to the car</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Major (compensation, or beyond the clerk)</source>
        <translation>Major (compensation, or beyond the clerk)</translation>
    </message>
    <message>
        <source>Not called: the customer has not agreed to be called after the visit (PIPL consent).</source>
        <translation>Not called: the customer has not agreed to be called after the visit (PIPL consent).</translation>
    </message>
    <message>
        <source>%1 served this customer: the dealership asks that a colleague makes the follow-up call.</source>
        <translation>%1 served this customer: the dealership asks that a colleague makes the follow-up call.</translation>
    </message>
    <message>
        <source>This customer has an open complaint: no satisfaction survey until it is closed.</source>
        <translation>This customer has an open complaint: no satisfaction survey until it is closed.</translation>
    </message>
    <message>
        <source>Surveyed on %1, less than %2 days ago: not asked again yet.</source>
        <translation>Surveyed on %1, less than %2 days ago: not asked again yet.</translation>
    </message>
    <message>
        <source>A factor is scored 1 to 10 (0 when not answered), not %1.</source>
        <translation>A factor is scored 1 to 10 (0 when not answered), not %1.</translation>
    </message>
    <message>
        <source>Would they recommend us is scored 0 to 10, not %1.</source>
        <translation>Would they recommend us is scored 0 to 10, not %1.</translation>
    </message>
    <message>
        <source>A complaint closes after the call-back in which the customer says whether they are satisfied.</source>
        <translation>A complaint closes after the call-back in which the customer says whether they are satisfied.</translation>
    </message>
    <message>
        <source>The customer is not satisfied: the complaint stays open, or goes to the service manager.</source>
        <translation>The customer is not satisfied: the complaint stays open, or goes to the service manager.</translation>
    </message>
    <message>
        <source>Not called</source>
        <translation>Not called</translation>
    </message>
    <message>
        <source>Not called: the customer refused an earlier call about this visit.</source>
        <translation>Not called: the customer refused an earlier call about this visit.</translation>
    </message>
    <message>
        <source>Not called: an internal work order, the dealership&apos;s own car.</source>
        <translation>Not called: an internal work order, the dealership&apos;s own car.</translation>
    </message>
    <message>
        <source>Not called: no phone number on file; add one to the customer to call after the next visit.</source>
        <translation>Not called: no phone number on file; add one to the customer to call after the next visit.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed, customer satisfied</source>
        <translation>Closed, customer satisfied</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Called the customer</source>
        <translation>Called the customer</translation>
    </message>
    <message>
        <source>Investigated</source>
        <translation>Investigated</translation>
    </message>
    <message>
        <source>Comeback work order opened</source>
        <translation>Comeback work order opened</translation>
    </message>
    <message>
        <source>Goodwill offered</source>
        <translation>Goodwill offered</translation>
    </message>
    <message>
        <source>Reply given</source>
        <translation>Reply given</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>A complaint is received once, when it is registered.</source>
        <translation>A complaint is received once, when it is registered.</translation>
    </message>
    <message>
        <source>The complaint is closed: reopen it first, saying why.</source>
        <translation>The complaint is closed: reopen it first, saying why.</translation>
    </message>
    <message>
        <source>The complaint is still open: there is nothing to reopen.</source>
        <translation>The complaint is still open: there is nothing to reopen.</translation>
    </message>
    <message>
        <source>Say why the complaint is reopened.</source>
        <translation>Say why the complaint is reopened.</translation>
    </message>
    <message>
        <source>Note what was done or said.</source>
        <translation>Note what was done or said.</translation>
    </message>
    <message>
        <source>Choose who takes the complaint over.</source>
        <translation>Choose who takes the complaint over.</translation>
    </message>
    <message>
        <source>That person is already responsible for the complaint.</source>
        <translation>That person is already responsible for the complaint.</translation>
    </message>
    <message>
        <source>Enter the number of the work order opened for it.</source>
        <translation>Enter the number of the work order opened for it.</translation>
    </message>
    <message>
        <source>Work order %1 has no goodwill line: add a line paid as goodwill to it first.</source>
        <translation>Work order %1 has no goodwill line: add a line paid as goodwill to it first.</translation>
    </message>
    <message>
        <source>Record whether the customer is satisfied.</source>
        <translation>Record whether the customer is satisfied.</translation>
    </message>
    <message>
        <source>A big job is given by an amount and sold hours of 0 or more (0: not used).</source>
        <translation>A big job is given by an amount and sold hours of 0 or more (0: not used).</translation>
    </message>
    <message>
        <source>The first call falls 2 to 7 days after delivery, not %1.</source>
        <translation>The first call falls 2 to 7 days after delivery, not %1.</translation>
    </message>
    <message>
        <source>The second call comes 1 to 30 days after the first, not %1.</source>
        <translation>The second call comes 1 to 30 days after the first, not %1.</translation>
    </message>
    <message>
        <source>A call turns into a message after 1 to 10 failed attempts, not %1.</source>
        <translation>A call turns into a message after 1 to 10 failed attempts, not %1.</translation>
    </message>
    <message>
        <source>A call turns into a message 1 to 30 days after it fell due, not %1.</source>
        <translation>A call turns into a message 1 to 30 days after it fell due, not %1.</translation>
    </message>
    <message>
        <source>The gap between two surveys of a customer is 0 to 365 days, not %1.</source>
        <translation>The gap between two surveys of a customer is 0 to 365 days, not %1.</translation>
    </message>
    <message>
        <source>A low score is 0 to 9 (at or below it a complaint opens), not %1.</source>
        <translation>A low score is 0 to 9 (at or below it a complaint opens), not %1.</translation>
    </message>
    <message>
        <source>A complaint&apos;s deadlines are 1 to 720 hours after it is received, not %1.</source>
        <translation>A complaint&apos;s deadlines are 1 to 720 hours after it is received, not %1.</translation>
    </message>
    <message>
        <source>A complaint&apos;s first reply is due before its resolution, not after.</source>
        <translation>A complaint&apos;s first reply is due before its resolution, not after.</translation>
    </message>
    <message>
        <source>big job from %1 or %2 h</source>
        <translation>big job from %1 or %2 h</translation>
    </message>
    <message>
        <source>first call on day %1, second %2 days later</source>
        <translation>first call on day %1, second %2 days later</translation>
    </message>
    <message>
        <source>not by the serving advisor</source>
        <translation>not by the serving advisor</translation>
    </message>
    <message>
        <source>the serving advisor may call</source>
        <translation>the serving advisor may call</translation>
    </message>
    <message>
        <source>a message after %1 failed attempts or %2 days</source>
        <translation>a message after %1 failed attempts or %2 days</translation>
    </message>
    <message>
        <source>survey gap %1 days, low score %2</source>
        <translation>survey gap %1 days, low score %2</translation>
    </message>
    <message>
        <source>complaints: reply %1 h, resolve %2 h; major: %3 h, %4 h</source>
        <translation>complaints: reply %1 h, resolve %2 h; major: %3 h, %4 h</translation>
    </message>
    <message>
        <source>initiation %1, advisor %2, facility %3, pick-up %4, quality %5, recommend %6</source>
        <translation>initiation %1, advisor %2, facility %3, pick-up %4, quality %5, recommend %6</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Past due</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Due now</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
</context>
<context>
    <name>dd::FollowUpStore</name>
    <message>
        <source>Follow-up call #%1 does not exist.</source>
        <translation>Follow-up call #%1 does not exist.</translation>
    </message>
    <message>
        <source>Follow-up call of %1</source>
        <translation>Follow-up call of %1</translation>
    </message>
    <message>
        <source>%1 is %2: nothing is left to call.</source>
        <translation>%1 is %2: nothing is left to call.</translation>
    </message>
    <message>
        <source>The customer asked to be called back: note when, a time still to come.</source>
        <translation>The customer asked to be called back: note when, a time still to come.</translation>
    </message>
    <message>
        <source>%1 has withdrawn the consent to be called after a visit: the call is not made.</source>
        <translation>%1 has withdrawn the consent to be called after a visit: the call is not made.</translation>
    </message>
    <message>
        <source>This call checks the repair only: no questionnaire.</source>
        <translation>This call checks the repair only: no questionnaire.</translation>
    </message>
    <message>
        <source>The questionnaire is answered on a call that reached the customer.</source>
        <translation>The questionnaire is answered on a call that reached the customer.</translation>
    </message>
    <message>
        <source>Questionnaire of %1</source>
        <translation>Questionnaire of %1</translation>
    </message>
    <message>
        <source>%1 is %2: nothing is left to send.</source>
        <translation>%1 is %2: nothing is left to send.</translation>
    </message>
    <message>
        <source>%1 has withdrawn the consent to be contacted after a visit: nothing is sent.</source>
        <translation>%1 has withdrawn the consent to be contacted after a visit: nothing is sent.</translation>
    </message>
    <message>
        <source>The customer can still be called: a message replaces the call after %1 failed attempts, a wrong number, or %2 days without reaching them.</source>
        <translation>The customer can still be called: a message replaces the call after %1 failed attempts, a wrong number, or %2 days without reaching them.</translation>
    </message>
    <message>
        <source>Enter the postal address the letter goes to.</source>
        <translation>Enter the postal address the letter goes to.</translation>
    </message>
    <message>
        <source>Enter the number or WeChat ID the message goes to.</source>
        <translation>Enter the number or WeChat ID the message goes to.</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>The message has no text.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Message #%1</source>
        <translation>Message #%1</translation>
    </message>
</context>
<context>
    <name>dd::FormBuilders</name>
    <message>
        <source>To be confirmed</source>
        <translation>To be confirmed</translation>
    </message>
    <message>
        <source>Waits in the lounge</source>
        <translation>Waits in the lounge</translation>
    </message>
    <message>
        <source>Leaves the vehicle</source>
        <translation>Leaves the vehicle</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Not read</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The odometer reads less than the last recorded %1 km: %2</source>
        <translation>The odometer reads less than the last recorded %1 km: %2</translation>
    </message>
    <message>
        <source>No damage found on the walk-around.</source>
        <translation>No damage found on the walk-around.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>This visit</translation>
    </message>
    <message>
        <source>New this visit</source>
        <translation>New this visit</translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation>Other: %1</translation>
    </message>
    <message>
        <source>None lit</source>
        <translation>None lit</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Customer reminded to take valuables</source>
        <translation>Customer reminded to take valuables</translation>
    </message>
    <message>
        <source>Old parts: %1</source>
        <translation>Old parts: %1</translation>
    </message>
    <message>
        <source>Seat, wheel and floor covers fitted</source>
        <translation>Seat, wheel and floor covers fitted</translation>
    </message>
    <message>
        <source>Wash wanted</source>
        <translation>Wash wanted</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The work order lists the items and their prices; no work starts before the customer approves them.</source>
        <translation>The work order lists the items and their prices; no work starts before the customer approves them.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Estimate, VAT included</source>
        <translation>Estimate, VAT included</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation>%1 paid</translation>
    </message>
    <message>
        <source>%1 due before the parts are ordered</source>
        <translation>%1 due before the parts are ordered</translation>
    </message>
    <message>
        <source>None (parts worth %1 are ordered for this visit)</source>
        <translation>None (parts worth %1 are ordered for this visit)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>This appointment is %1.</source>
        <translation>This appointment is %1.</translation>
    </message>
    <message>
        <source>Vehicle licence</source>
        <translation>Vehicle licence</translation>
    </message>
    <message>
        <source>Maintenance booklet</source>
        <translation>Maintenance booklet</translation>
    </message>
    <message>
        <source>This slip</source>
        <translation>This slip</translation>
    </message>
    <message>
        <source>The deposit receipt</source>
        <translation>The deposit receipt</translation>
    </message>
    <message>
        <source>Purchase invoice or warranty card</source>
        <translation>Purchase invoice or warranty card</translation>
    </message>
    <message>
        <source>Please arrive on time. If you cannot come, tell us in advance so we can give the time to another customer.</source>
        <translation>Please arrive on time. If you cannot come, tell us in advance so we can give the time to another customer.</translation>
    </message>
    <message>
        <source>Please arrive on time. If you cannot come, call us at %1 so we can give the time to another customer.</source>
        <translation>Please arrive on time. If you cannot come, call us at %1 so we can give the time to another customer.</translation>
    </message>
    <message>
        <source>%1 (recorded %2)</source>
        <translation>%1 (recorded %2)</translation>
    </message>
    <message>
        <source>%L1 km</source>
        <translation>%L1 km</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Hours / qty</source>
        <translation>Hours / qty</translation>
    </message>
    <message>
        <source>Rate / price</source>
        <translation>Rate / price</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>Who pays</translation>
    </message>
    <message>
        <source>Customer&apos;s decision</source>
        <translation>Customer&apos;s decision</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>later</source>
        <translation>later</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>The customer takes them</source>
        <translation>The customer takes them</translation>
    </message>
    <message>
        <source>The shop disposes of them</source>
        <translation>The shop disposes of them</translation>
    </message>
    <message>
        <source>to be agreed</source>
        <translation>to be agreed</translation>
    </message>
    <message>
        <source>Labor %1 · parts %2 · other %3 · total %4, VAT %5 % included: %6 · the customer pays %7</source>
        <translation>Labor %1 · parts %2 · other %3 · total %4, VAT %5 % included: %6 · the customer pays %7</translation>
    </message>
    <message>
        <source>Reconditioned part &quot;%1&quot;: the customer agrees to its use by signing this work order.</source>
        <translation>Reconditioned part &quot;%1&quot;: the customer agrees to its use by signing this work order.</translation>
    </message>
    <message>
        <source>Set by the repair category.</source>
        <translation>Set by the repair category.</translation>
    </message>
    <message>
        <source>%L1 km or %2 days from completion, whichever comes first (%3).</source>
        <translation>%L1 km or %2 days from completion, whichever comes first (%3).</translation>
    </message>
    <message>
        <source>Finding %1: %2</source>
        <translation>Finding %1: %2</translation>
    </message>
    <message>
        <source>Safety-critical: we advise doing this before you drive on.</source>
        <translation>Safety-critical: we advise doing this before you drive on.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>Not covered by warranty: %1</source>
        <translation>Not covered by warranty: %1</translation>
    </message>
    <message>
        <source>Covered by warranty: no charge to the customer.</source>
        <translation>Covered by warranty: no charge to the customer.</translation>
    </message>
    <message>
        <source>Total %1 (VAT %2 % included).</source>
        <translation>Total %1 (VAT %2 % included).</translation>
    </message>
    <message>
        <source>Extra time %1 min; the car is then ready by %2.</source>
        <translation>Extra time %1 min; the car is then ready by %2.</translation>
    </message>
    <message>
        <source>until %1 or %L2 km on the odometer, whichever comes first</source>
        <translation>until %1 or %L2 km on the odometer, whichever comes first</translation>
    </message>
    <message>
        <source>%1 (Reversal)</source>
        <translation>%1 (Reversal)</translation>
    </message>
    <message>
        <source>All prices include VAT at %1 %.</source>
        <translation>All prices include VAT at %1 %.</translation>
    </message>
    <message>
        <source>Reverses statement %1. Reason: %2. Authorized by %3.</source>
        <translation>Reverses statement %1. Reason: %2. Authorized by %3.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Part no.</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Brand / spec</source>
        <translation>Brand / spec</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source> (approved by %1)</source>
        <translation> (approved by %1)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>%1 or %L2 km, whichever comes first</source>
        <translation>%1 or %L2 km, whichever comes first</translation>
    </message>
    <message>
        <source>Quality guarantee for %1: %L2 km or %3 days from the completion date. This notice is not a completion certificate.</source>
        <translation>Quality guarantee for %1: %L2 km or %3 days from the completion date. This notice is not a completion certificate.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Keys (tag %1)</source>
        <translation>Keys (tag %1)</translation>
    </message>
    <message>
        <source>Old parts</source>
        <translation>Old parts</translation>
    </message>
    <message>
        <source>Documents: licence, service book, statement</source>
        <translation>Documents: licence, service book, statement</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Not closed yet</source>
        <translation>Not closed yet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Reversal of %1</source>
        <translation>Reversal of %1</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>Customer pays</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Not counted yet (cash expected %1)</source>
        <translation>Not counted yet (cash expected %1)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Over / short</source>
        <translation>Over / short</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>within the cashier&apos;s limit</source>
        <translation>within the cashier&apos;s limit</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Ready for settlement and not settled: %1</source>
        <translation>Ready for settlement and not settled: %1</translation>
    </message>
    <message>
        <source>Fuel and charge</source>
        <translation>Fuel and charge</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <source>charge not read</source>
        <translation>charge not read</translation>
    </message>
    <message>
        <source>charge %1 %</source>
        <translation>charge %1 %</translation>
    </message>
    <message>
        <source>charge %1 %, range %2 km</source>
        <translation>charge %1 %, range %2 km</translation>
    </message>
    <message>
        <source>%L1 km or %2 days, whichever comes first (the legal minimum for %3: %L4 km or %5 days)</source>
        <translation>%L1 km or %2 days, whichever comes first (the legal minimum for %3: %L4 km or %5 days)</translation>
    </message>
    <message>
        <source>%L1 km or %2 days from the date of release, whichever comes first</source>
        <translation>%L1 km or %2 days from the date of release, whichever comes first</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Counterfoil · kept by the shop</source>
        <translation>Counterfoil · kept by the shop</translation>
    </message>
    <message>
        <source>Original · for the owner</source>
        <translation>Original · for the owner</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Quality guarantee: %1.</source>
        <translation>Quality guarantee: %1.</translation>
    </message>
    <message>
        <source>Quality Guarantee Card</source>
        <translation>Quality Guarantee Card</translation>
    </message>
    <message>
        <source>Within the guarantee, a fault caused by this repair is repaired again free of charge, labor and parts included.</source>
        <translation>Within the guarantee, a fault caused by this repair is repaired again free of charge, labor and parts included.</translation>
    </message>
    <message>
        <source>The guarantee runs from the date of release; whichever of the distance or the days comes first ends it.</source>
        <translation>The guarantee runs from the date of release; whichever of the distance or the days comes first ends it.</translation>
    </message>
    <message>
        <source>Parts the customer supplied, and damage from accidents, misuse or later repairs elsewhere, are not covered.</source>
        <translation>Parts the customer supplied, and damage from accidents, misuse or later repairs elsewhere, are not covered.</translation>
    </message>
    <message>
        <source>Keep this card with the completion certificate and show it when you come back under the guarantee.</source>
        <translation>Keep this card with the completion certificate and show it when you come back under the guarantee.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Part type</source>
        <translation>Part type</translation>
    </message>
    <message>
        <source>Own part</source>
        <translation>Own part</translation>
    </message>
    <message>
        <source>This statement is made out in two copies: one for the customer, one for the shop.</source>
        <translation>This statement is made out in two copies: one for the customer, one for the shop.</translation>
    </message>
    <message>
        <source>It takes effect when the customer signs it.</source>
        <translation>It takes effect when the customer signs it.</translation>
    </message>
    <message>
        <source>Parts supplied by the customer carry no quality guarantee from the shop.</source>
        <translation>Parts supplied by the customer carry no quality guarantee from the shop.</translation>
    </message>
    <message>
        <source>Parts supplied by the customer carry no quality guarantee from the shop: %1.</source>
        <translation>Parts supplied by the customer carry no quality guarantee from the shop: %1.</translation>
    </message>
    <message>
        <source>Quality guarantee of this repair: %L1 km or %2 days from the day the car leaves, whichever comes first.</source>
        <translation>Quality guarantee of this repair: %L1 km or %2 days from the day the car leaves, whichever comes first.</translation>
    </message>
    <message>
        <source>Covered: %1</source>
        <translation>Covered: %1</translation>
    </message>
    <message>
        <source>Taken back by the customer</source>
        <translation>Taken back by the customer</translation>
    </message>
    <message>
        <source>Taken back by the repairer</source>
        <translation>Taken back by the repairer</translation>
    </message>
    <message>
        <source>No old parts</source>
        <translation>No old parts</translation>
    </message>
    <message>
        <source>%1 (%2 plate)</source>
        <translation>%1 (%2 plate)</translation>
    </message>
    <message>
        <source>Copy 2 · for the shop</source>
        <translation>Copy 2 · for the shop</translation>
    </message>
    <message>
        <source>Copy 1 · for the customer</source>
        <translation>Copy 1 · for the customer</translation>
    </message>
    <message>
        <source>Unified social credit code of the shop: not set</source>
        <translation>Unified social credit code of the shop: not set</translation>
    </message>
    <message>
        <source>Unified social credit code of the shop: %1</source>
        <translation>Unified social credit code of the shop: %1</translation>
    </message>
    <message>
        <source>Reverses statement %1. Reason: %2.</source>
        <translation>Reverses statement %1. Reason: %2.</translation>
    </message>
    <message>
        <source>Major: the service manager&apos;s</source>
        <translation>Major: the service manager&apos;s</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>No, not satisfied</source>
        <translation>No, not satisfied</translation>
    </message>
    <message>
        <source>Not called back yet</source>
        <translation>Not called back yet</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>satisfied</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>not satisfied</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Work order, handover, answer</source>
        <translation>Work order, handover, answer</translation>
    </message>
    <message>
        <source>No first reply was given by %1.</source>
        <translation>No first reply was given by %1.</translation>
    </message>
    <message>
        <source>Not resolved by %1.</source>
        <translation>Not resolved by %1.</translation>
    </message>
    <message>
        <source>Low score on the follow-up call: %1.</source>
        <translation>Low score on the follow-up call: %1.</translation>
    </message>
</context>
<context>
    <name>dd::FormData</name>
    <message>
        <source>There is no work order %1. Check the number on the form.</source>
        <translation>There is no work order %1. Check the number on the form.</translation>
    </message>
    <message>
        <source>There is no appointment %1. Check the number on the slip.</source>
        <translation>There is no appointment %1. Check the number on the slip.</translation>
    </message>
    <message>
        <source>Work order %1 has no add-on findings to print.</source>
        <translation>Work order %1 has no add-on findings to print.</translation>
    </message>
    <message>
        <source>Work order %1 is %2: it gets a release notice, not a completion certificate. Certificates are for level-2 maintenance and major repairs.</source>
        <translation>Work order %1 is %2: it gets a release notice, not a completion certificate. Certificates are for level-2 maintenance and major repairs.</translation>
    </message>
    <message>
        <source>without a repair category</source>
        <translation>without a repair category</translation>
    </message>
    <message>
        <source>Work order %1 is %2: the completion certificate is issued once the quality check is passed.</source>
        <translation>Work order %1 is %2: the completion certificate is issued once the quality check is passed.</translation>
    </message>
    <message>
        <source>There is no settlement or work order %1. Check the number on the form.</source>
        <translation>There is no settlement or work order %1. Check the number on the form.</translation>
    </message>
    <message>
        <source>Work order %1 has not been settled: the statement is printed at the cashier desk once it is.</source>
        <translation>Work order %1 has not been settled: the statement is printed at the cashier desk once it is.</translation>
    </message>
    <message>
        <source>Work order %1 is %2: the release notice is printed after settlement.</source>
        <translation>Work order %1 is %2: the release notice is printed after settlement.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a business day: give the date as yyyy-mm-dd, e.g. 2026-11-22.</source>
        <translation>&quot;%1&quot; is not a business day: give the date as yyyy-mm-dd, e.g. 2026-11-22.</translation>
    </message>
</context>
<context>
    <name>dd::FormRenderer</name>
    <message>
        <source>The printer could not be opened.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <source>(Dealership name not set)</source>
        <translation>(Dealership name not set)</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>REPRINT</source>
        <translation>REPRINT</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Printed %1 by %2</translation>
    </message>
    <message>
        <source>Reprint of the copy issued %1. %2</source>
        <translation>Reprint of the copy issued %1. %2</translation>
    </message>
    <message>
        <source>%1 %2 · Page %3 of %4</source>
        <translation>%1 %2 · Page %3 of %4</translation>
    </message>
    <message>
        <source>The printer did not accept the document.</source>
        <translation>The printer did not accept the document.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Check that the folder exists and you may write to it.</source>
        <translation>The PDF could not be written to %1. Check that the folder exists and you may write to it.</translation>
    </message>
    <message>
        <source>Printed %1 by %2 at %3</source>
        <translation>Printed %1 by %2 at %3</translation>
    </message>
    <message>
        <source>Signed on screen %1 at %2</source>
        <translation>Signed on screen %1 at %2</translation>
    </message>
</context>
<context>
    <name>dd::Forms</name>
    <message>
        <source>Vehicle Intake and Inspection Sheet</source>
        <translation>Vehicle Intake and Inspection Sheet</translation>
    </message>
    <message>
        <source>Service Appointment Slip</source>
        <translation>Service Appointment Slip</translation>
    </message>
    <message>
        <source>Repair Authorization</source>
        <translation>Repair Authorization</translation>
    </message>
    <message>
        <source>Additional Repair Approval</source>
        <translation>Additional Repair Approval</translation>
    </message>
    <message>
        <source>Repair Settlement Statement</source>
        <translation>Repair Settlement Statement</translation>
    </message>
    <message>
        <source>Vehicle Release Notice</source>
        <translation>Vehicle Release Notice</translation>
    </message>
    <message>
        <source>Completion Certificate</source>
        <translation>Completion Certificate</translation>
    </message>
    <message>
        <source>Day Close Report</source>
        <translation>Day Close Report</translation>
    </message>
    <message>
        <source>The intake sheet of %1 is printed once its inspection is completed.</source>
        <translation>The intake sheet of %1 is printed once its inspection is completed.</translation>
    </message>
    <message>
        <source>The intake sheet of %1 is printed once its inspection is completed. Still missing: %2.</source>
        <translation>The intake sheet of %1 is printed once its inspection is completed. Still missing: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>a work order number, once its inspection is completed</source>
        <translation>a work order number, once its inspection is completed</translation>
    </message>
    <message>
        <source>an appointment number</source>
        <translation>an appointment number</translation>
    </message>
    <message>
        <source>a work order number</source>
        <translation>a work order number</translation>
    </message>
    <message>
        <source>a work order number with findings for the customer</source>
        <translation>a work order number with findings for the customer</translation>
    </message>
    <message>
        <source>a work order number: level-2 or major repair, quality check passed</source>
        <translation>a work order number: level-2 or major repair, quality check passed</translation>
    </message>
    <message>
        <source>a statement number, or a settled work order&apos;s number</source>
        <translation>a statement number, or a settled work order&apos;s number</translation>
    </message>
    <message>
        <source>a settled work order&apos;s number</source>
        <translation>a settled work order&apos;s number</translation>
    </message>
    <message>
        <source>a business day, yyyy-mm-dd</source>
        <translation>a business day, yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Customer Complaint Handling Form</source>
        <translation>Customer Complaint Handling Form</translation>
    </message>
    <message>
        <source>a complaint number (TS…)</source>
        <translation>a complaint number (TS…)</translation>
    </message>
</context>
<context>
    <name>dd::History</name>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>Maintenance due</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>%L1 km</source>
        <translation>%L1 km</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>%1, whichever comes first</source>
        <translation>%1, whichever comes first</translation>
    </message>
</context>
<context>
    <name>dd::HomePage</name>
    <message>
        <source>Your dealership</source>
        <translation>Your dealership</translation>
    </message>
    <message>
        <source>Tax number %1</source>
        <translation>Tax number %1</translation>
    </message>
    <message>
        <source>Good day, %1. Today is %2. You work here as: %3.</source>
        <translation>Good day, %1. Today is %2. You work here as: %3.</translation>
    </message>
    <message>
        <source>Dealership name, address and phone (printed on every form)</source>
        <translation>Dealership name, address and phone (printed on every form)</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <source>Logo for the printed forms</source>
        <translation>Logo for the printed forms</translation>
    </message>
    <message numerus="yes">
        <source>Labor rates: %n defined</source>
        <translation>
            <numerusform>Labor rates: %n defined</numerusform>
            <numerusform>Labor rates: %n defined</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff who can sign in: %1 of %2 active users have a password</source>
        <translation>Staff who can sign in: %1 of %2 active users have a password</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>Last backup: never</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>Press F1 for the keyboard shortcuts. Ctrl+L locks this PC when you step away from the counter.</source>
        <translation>Press F1 for the keyboard shortcuts. Ctrl+L locks this PC when you step away from the counter.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>No complaint is open.</source>
        <translation>No complaint is open.</translation>
    </message>
    <message>
        <source>Complaints: %1 open, %2 past a deadline, %3 with the service manager. They are on the follow-up desk (Ctrl+9, then Alt+P).</source>
        <translation>Complaints: %1 open, %2 past a deadline, %3 with the service manager. They are on the follow-up desk (Ctrl+9, then Alt+P).</translation>
    </message>
</context>
<context>
    <name>dd::Importer</name>
    <message>
        <source>The file is empty; its first line must be the header: %1</source>
        <translation>The file is empty; its first line must be the header: %1</translation>
    </message>
    <message>
        <source>The header is &quot;%1&quot;; it must be &quot;%2&quot;. Nothing was imported.</source>
        <translation>The header is &quot;%1&quot;; it must be &quot;%2&quot;. Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>%1 fields instead of %2</translation>
    </message>
    <message>
        <source>The owner&apos;s name is empty.</source>
        <translation>The owner&apos;s name is empty.</translation>
    </message>
    <message>
        <source>kind must be person or company, not &quot;%1&quot;</source>
        <translation>kind must be person or company, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 with phone %2 is already on file</source>
        <translation>%1 with phone %2 is already on file</translation>
    </message>
    <message>
        <source>the phone %1 is also on file for %2</source>
        <translation>the phone %1 is also on file for %2</translation>
    </message>
    <message>
        <source>%1 was already on line %2 of this file; this line replaces it.</source>
        <translation>%1 was already on line %2 of this file; this line replaces it.</translation>
    </message>
    <message>
        <source>hours must be a number of hours such as 1.5, not &quot;%1&quot;</source>
        <translation>hours must be a number of hours such as 1.5, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>price must be an amount in yuan such as 48.50, not &quot;%1&quot;</source>
        <translation>price must be an amount in yuan such as 48.50, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>source must be oem, equivalent or reconditioned (原厂, 同质, 修复), not &quot;%1&quot;</source>
        <translation>source must be oem, equivalent or reconditioned (原厂, 同质, 修复), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>job_code is empty</source>
        <translation>job_code is empty</translation>
    </message>
    <message>
        <source>line %1: quantity must be a number such as 4 or 0.5, not &quot;%2&quot;</source>
        <translation>line %1: quantity must be a number such as 4 or 0.5, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>line %1: the labor operation %2 is not in the catalog; import the labor operations first</source>
        <translation>line %1: the labor operation %2 is not in the catalog; import the labor operations first</translation>
    </message>
    <message>
        <source>line %1: the part %2 is not in the price list; import the parts first</source>
        <translation>line %1: the part %2 is not in the price list; import the parts first</translation>
    </message>
    <message>
        <source>the job %1 was not imported: %2</source>
        <translation>the job %1 was not imported: %2</translation>
    </message>
    <message>
        <source>Line %1 of the file opens a quoted field (&quot;) that is never closed, so the rest of the file would run into it. Nothing was imported; close the quote and import again.</source>
        <translation>Line %1 of the file opens a quoted field (&quot;) that is never closed, so the rest of the file would run into it. Nothing was imported; close the quote and import again.</translation>
    </message>
    <message>
        <source>line %1: wo_type must be one of %2, not &quot;%3&quot;</source>
        <translation>line %1: wo_type must be one of %2, not &quot;%3&quot;</translation>
    </message>
    <message>
        <source>line %1: the job already sets the type %2</source>
        <translation>line %1: the job already sets the type %2</translation>
    </message>
</context>
<context>
    <name>dd::InspectionFindingsDialog</name>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>This visit</translation>
    </message>
    <message>
        <source>Add to the estimate</source>
        <translation>Add to the estimate</translation>
    </message>
    <message>
        <source>Recommend for later</source>
        <translation>Recommend for later</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recommended at the walk-around inspection</source>
        <translation>Recommended at the walk-around inspection</translation>
    </message>
    <message>
        <source>The customer declines</source>
        <translation>The customer declines</translation>
    </message>
    <message>
        <source>Declined by the customer at the walk-around inspection</source>
        <translation>Declined by the customer at the walk-around inspection</translation>
    </message>
</context>
<context>
    <name>dd::InspectionPage</name>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>under way</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Forget the changes made since the last save?</source>
        <translation>Forget the changes made since the last save?</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>This visit</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Size or note</source>
        <translation>Size or note</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>note, e.g. tread 2 mm front left</source>
        <translation>note, e.g. tread 2 mm front left</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; new this visit &amp;nbsp; &lt;span style=&apos;color:#1565c0&apos;&gt;○&lt;/span&gt; from an earlier visit &amp;nbsp; &lt;span style=&apos;color:#888&apos;&gt;◌&lt;/span&gt; found repaired. Click the car to mark damage, drag a new mark to move it, Delete removes it.</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; new this visit &amp;nbsp; &lt;span style=&apos;color:#1565c0&apos;&gt;○&lt;/span&gt; from an earlier visit &amp;nbsp; &lt;span style=&apos;color:#888&apos;&gt;◌&lt;/span&gt; found repaired. Click the car to mark damage, drag a new mark to move it, Delete removes it.</translation>
    </message>
    <message>
        <source>&amp;Vehicles in the shop: none checked in</source>
        <translation>&amp;Vehicles in the shop: none checked in</translation>
    </message>
    <message>
        <source>&amp;Vehicles in the shop (%1):</source>
        <translation>&amp;Vehicles in the shop (%1):</translation>
    </message>
    <message>
        <source>Unsaved inspection</source>
        <translation>Unsaved inspection</translation>
    </message>
    <message>
        <source>The inspection of %1 has changes that are not saved yet. Save them now?</source>
        <translation>The inspection of %1 has changes that are not saved yet. Save them now?</translation>
    </message>
    <message>
        <source>No vehicle is checked in. Check one in at reception (Ctrl+1, F4).</source>
        <translation>No vehicle is checked in. Check one in at reception (Ctrl+1, F4).</translation>
    </message>
    <message>
        <source>Choose a vehicle in the list to inspect it.</source>
        <translation>Choose a vehicle in the list to inspect it.</translation>
    </message>
    <message>
        <source>completed %1 by %2</source>
        <translation>completed %1 by %2</translation>
    </message>
    <message>
        <source>advisor %1</source>
        <translation>advisor %1</translation>
    </message>
    <message>
        <source>new this visit</source>
        <translation>new this visit</translation>
    </message>
    <message>
        <source>Found at visit %1 on %2</source>
        <translation>Found at visit %1 on %2</translation>
    </message>
    <message>
        <source>no earlier reading on file</source>
        <translation>no earlier reading on file</translation>
    </message>
    <message>
        <source>lower than the last reading, %L1 km: correct it, or record why below</source>
        <translation>lower than the last reading, %L1 km: correct it, or record why below</translation>
    </message>
    <message>
        <source>last reading %L1 km</source>
        <translation>last reading %L1 km</translation>
    </message>
    <message>
        <source>Mark %1 placed in the middle of the view: move it with the arrow keys (Shift for larger steps).</source>
        <translation>Mark %1 placed in the middle of the view: move it with the arrow keys (Shift for larger steps).</translation>
    </message>
    <message>
        <source>Mark %1 was found at an earlier visit and stays on the vehicle&apos;s record: confirm it still present or repaired.</source>
        <translation>Mark %1 was found at an earlier visit and stays on the vehicle&apos;s record: confirm it still present or repaired.</translation>
    </message>
    <message>
        <source>Remove damage mark</source>
        <translation>Remove damage mark</translation>
    </message>
    <message>
        <source>Remove mark %1 and its photos?</source>
        <translation>Remove mark %1 and its photos?</translation>
    </message>
    <message>
        <source>Key tag %1 is already on %2 (%3): take another tag.</source>
        <translation>Key tag %1 is already on %2 (%3): take another tag.</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Load their version</translation>
    </message>
    <message>
        <source>Keep my entries on screen</source>
        <translation>Keep my entries on screen</translation>
    </message>
    <message>
        <source>Loading their version replaces what is on this screen. To keep your entries, note them first, then load and enter them again.</source>
        <translation>Loading their version replaces what is on this screen. To keep your entries, note them first, then load and enter them again.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Saved at %1.</translation>
    </message>
    <message>
        <source>The inspection cannot be completed yet. Still missing: %1.</source>
        <translation>The inspection cannot be completed yet. Still missing: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Save the inspection</source>
        <translation>Save the inspection</translation>
    </message>
    <message>
        <source>Complete the inspection</source>
        <translation>Complete the inspection</translation>
    </message>
    <message>
        <source>Print the intake sheet</source>
        <translation>Print the intake sheet</translation>
    </message>
    <message>
        <source>Key cabinet</source>
        <translation>Key cabinet</translation>
    </message>
    <message>
        <source>Add a damage mark (then the arrow keys move it)</source>
        <translation>Add a damage mark (then the arrow keys move it)</translation>
    </message>
    <message>
        <source>Refresh the list of vehicles</source>
        <translation>Refresh the list of vehicles</translation>
    </message>
    <message>
        <source>Inspection</source>
        <comment>navigator</comment>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Fuel &amp;level:</source>
        <translation>Fuel &amp;level:</translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation>Charge:</translation>
    </message>
    <message>
        <source>On to the work order&apos;s estimate</source>
        <translation>On to the work order&apos;s estimate</translation>
    </message>
    <message>
        <source>Inspection completed. The customer signs the intake sheet (Ctrl+P); Enter goes on to the estimate.</source>
        <translation>Inspection completed. The customer signs the intake sheet (Ctrl+P); Enter goes on to the estimate.</translation>
    </message>
</context>
<context>
    <name>dd::InspectionRules</name>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>Rear</source>
        <translation>Rear</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Left side</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Right side</translation>
    </message>
    <message>
        <source>Scratch</source>
        <translation>Scratch</translation>
    </message>
    <message>
        <source>Dent</source>
        <translation>Dent</translation>
    </message>
    <message>
        <source>Crack</source>
        <translation>Crack</translation>
    </message>
    <message>
        <source>Paint chip</source>
        <translation>Paint chip</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Broken</translation>
    </message>
    <message>
        <source>Other damage</source>
        <translation>Other damage</translation>
    </message>
    <message>
        <source>Check engine</source>
        <translation>Check engine</translation>
    </message>
    <message>
        <source>Oil pressure</source>
        <translation>Oil pressure</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Charging</translation>
    </message>
    <message>
        <source>Brake system</source>
        <translation>Brake system</translation>
    </message>
    <message>
        <source>ABS</source>
        <translation>ABS</translation>
    </message>
    <message>
        <source>Airbag</source>
        <translation>Airbag</translation>
    </message>
    <message>
        <source>Tyre pressure</source>
        <translation>Tyre pressure</translation>
    </message>
    <message>
        <source>Coolant temperature</source>
        <translation>Coolant temperature</translation>
    </message>
    <message>
        <source>Stability control</source>
        <translation>Stability control</translation>
    </message>
    <message>
        <source>Service due</source>
        <translation>Service due</translation>
    </message>
    <message>
        <source>Tyres</source>
        <translation>Tyres</translation>
    </message>
    <message>
        <source>Glass</source>
        <translation>Glass</translation>
    </message>
    <message>
        <source>Lights</source>
        <translation>Lights</translation>
    </message>
    <message>
        <source>Wipers</source>
        <translation>Wipers</translation>
    </message>
    <message>
        <source>Green: OK</source>
        <translation>Green: OK</translation>
    </message>
    <message>
        <source>Yellow: watch</source>
        <translation>Yellow: watch</translation>
    </message>
    <message>
        <source>Red: needs work</source>
        <translation>Red: needs work</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Spare tyre</source>
        <translation>Spare tyre</translation>
    </message>
    <message>
        <source>Jack</source>
        <translation>Jack</translation>
    </message>
    <message>
        <source>Tool kit</source>
        <translation>Tool kit</translation>
    </message>
    <message>
        <source>Warning triangle</source>
        <translation>Warning triangle</translation>
    </message>
    <message>
        <source>Fire extinguisher</source>
        <translation>Fire extinguisher</translation>
    </message>
    <message>
        <source>Vehicle licence</source>
        <translation>Vehicle licence</translation>
    </message>
    <message>
        <source>Maintenance booklet</source>
        <translation>Maintenance booklet</translation>
    </message>
    <message>
        <source>Charging cable</source>
        <translation>Charging cable</translation>
    </message>
    <message>
        <source>Customer takes the old parts</source>
        <translation>Customer takes the old parts</translation>
    </message>
    <message>
        <source>Shop disposes of the old parts</source>
        <translation>Shop disposes of the old parts</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <source>Still present</source>
        <translation>Still present</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Not read</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Empty</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>1/2</source>
        <translation>1/2</translation>
    </message>
    <message>
        <source>Read the odometer and enter the mileage.</source>
        <translation>Read the odometer and enter the mileage.</translation>
    </message>
    <message>
        <source>A mileage of %1 km is not plausible.</source>
        <translation>A mileage of %1 km is not plausible.</translation>
    </message>
    <message>
        <source>The odometer reads %1 km, lower than the last recorded %2 km. Check the reading; if the instrument cluster was replaced or the odometer reset, write down why.</source>
        <translation>The odometer reads %1 km, lower than the last recorded %2 km. Check the reading; if the instrument cluster was replaced or the odometer reset, write down why.</translation>
    </message>
    <message>
        <source>Hang the key on a numbered tag and enter the tag number.</source>
        <translation>Hang the key on a numbered tag and enter the tag number.</translation>
    </message>
    <message>
        <source>The key tag &quot;%1&quot; is longer than 12 characters.</source>
        <translation>The key tag &quot;%1&quot; is longer than 12 characters.</translation>
    </message>
    <message>
        <source>the odometer reading</source>
        <translation>the odometer reading</translation>
    </message>
    <message>
        <source>the reason why the odometer reads less than last time</source>
        <translation>the reason why the odometer reads less than last time</translation>
    </message>
    <message>
        <source>the fuel level</source>
        <translation>the fuel level</translation>
    </message>
    <message>
        <source>the valuables reminder</source>
        <translation>the valuables reminder</translation>
    </message>
    <message>
        <source>the customer&apos;s choice for the old parts</source>
        <translation>the customer&apos;s choice for the old parts</translation>
    </message>
    <message>
        <source>the key tag number</source>
        <translation>the key tag number</translation>
    </message>
    <message numerus="yes">
        <source>a check of %n earlier damage mark(s): still present or repaired</source>
        <translation>
            <numerusform>a check of %n earlier damage mark: still present or repaired</numerusform>
            <numerusform>a check of %n earlier damage marks: still present or repaired</numerusform>
        </translation>
    </message>
    <message>
        <source>Damage mark %1 is on an unknown view &quot;%2&quot;.</source>
        <translation>Damage mark %1 is on an unknown view &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Damage mark %1 has an unknown kind &quot;%2&quot;.</source>
        <translation>Damage mark %1 has an unknown kind &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Damage mark %1 lies outside the diagram.</source>
        <translation>Damage mark %1 lies outside the diagram.</translation>
    </message>
    <message>
        <source>The note of damage mark %1 is longer than 200 characters.</source>
        <translation>The note of damage mark %1 is longer than 200 characters.</translation>
    </message>
    <message>
        <source>Damage mark %1 has an unknown status.</source>
        <translation>Damage mark %1 has an unknown status.</translation>
    </message>
    <message>
        <source>12 V battery</source>
        <translation>12 V battery</translation>
    </message>
    <message>
        <source>High-voltage system warning lamp</source>
        <translation>High-voltage system warning lamp</translation>
    </message>
    <message>
        <source>Charging port and cable</source>
        <translation>Charging port and cable</translation>
    </message>
    <message>
        <source>the state of charge</source>
        <translation>the state of charge</translation>
    </message>
</context>
<context>
    <name>dd::InspectionStore</name>
    <message>
        <source>The work order no longer exists.</source>
        <translation>The work order no longer exists.</translation>
    </message>
    <message>
        <source>Work order %1 is closed; its inspection can no longer change.</source>
        <translation>Work order %1 is closed; its inspection can no longer change.</translation>
    </message>
    <message>
        <source>The fuel level is given in eighths, 0 to 8.</source>
        <translation>The fuel level is given in eighths, 0 to 8.</translation>
    </message>
    <message>
        <source>The inspection cannot be completed yet. Still missing: %1.</source>
        <translation>The inspection cannot be completed yet. Still missing: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Key tag %1 already holds the key of %2 (work order %3). Use another tag.</source>
        <translation>Key tag %1 already holds the key of %2 (work order %3). Use another tag.</translation>
    </message>
    <message>
        <source>The inspection of work order %1</source>
        <translation>The inspection of work order %1</translation>
    </message>
    <message>
        <source>%1 was started at another station meanwhile. Your entries are still on the screen: note them, reopen the inspection and enter them again.</source>
        <translation>%1 was started at another station meanwhile. Your entries are still on the screen: note them, reopen the inspection and enter them again.</translation>
    </message>
    <message>
        <source>%1 is already completed; it can no longer change.</source>
        <translation>%1 is already completed; it can no longer change.</translation>
    </message>
    <message>
        <source>Unknown quick check %1: %2.</source>
        <translation>Unknown quick check %1: %2.</translation>
    </message>
    <message>
        <source>A mark from an earlier visit cannot be removed; confirm it as repaired instead.</source>
        <translation>A mark from an earlier visit cannot be removed; confirm it as repaired instead.</translation>
    </message>
    <message>
        <source>Damage mark %1 was removed at another station.</source>
        <translation>Damage mark %1 was removed at another station.</translation>
    </message>
    <message>
        <source>Damage mark %1</source>
        <translation>Damage mark %1</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>Work order %1</translation>
    </message>
    <message>
        <source>The vehicle %1</source>
        <translation>The vehicle %1</translation>
    </message>
    <message>
        <source>The state of charge is a percentage, 0 to 100.</source>
        <translation>The state of charge is a percentage, 0 to 100.</translation>
    </message>
    <message>
        <source>A range of %1 km is more than any car shows; check the reading.</source>
        <translation>A range of %1 km is more than any car shows; check the reading.</translation>
    </message>
</context>
<context>
    <name>dd::KeyCabinetDialog</name>
    <message>
        <source>Key tag</source>
        <translation>Key tag</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Customer is</source>
        <translation>Customer is</translation>
    </message>
    <message>
        <source>&amp;Open inspection</source>
        <translation>&amp;Open inspection</translation>
    </message>
    <message>
        <source>waiting in the lounge</source>
        <translation>waiting in the lounge</translation>
    </message>
    <message>
        <source>away</source>
        <translation>away</translation>
    </message>
    <message>
        <source>No keys in the cabinet: no vehicle in the shop has a key tag yet.</source>
        <translation>No keys in the cabinet: no vehicle in the shop has a key tag yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) in the cabinet.</source>
        <translation>
            <numerusform>%n key in the cabinet.</numerusform>
            <numerusform>%n keys in the cabinet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::LineColumns</name>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>%L1 h</source>
        <translation>%L1 h</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Hours / qty</source>
        <translation>Hours / qty</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>Who pays</translation>
    </message>
    <message>
        <source>Technician / source</source>
        <translation>Technician / source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
</context>
<context>
    <name>dd::MainWindow</name>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Database schema version %1</source>
        <translation>Database schema version %1</translation>
    </message>
    <message>
        <source>DealerDesk</source>
        <translation>DealerDesk</translation>
    </message>
    <message>
        <source>%1 - DealerDesk</source>
        <translation>%1 - DealerDesk</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <source>DealerDesk database (*.db)</source>
        <translation>DealerDesk database (*.db)</translation>
    </message>
    <message>
        <source>The database was copied to %1 (%2 KB). Keep a copy away from this PC.</source>
        <translation>The database was copied to %1 (%2 KB). Keep a copy away from this PC.</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Go to %1</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Move between fields</translation>
    </message>
    <message>
        <source>Confirm a dialog</source>
        <translation>Confirm a dialog</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Close a dialog without saving</translation>
    </message>
    <message>
        <source>About DealerDesk</source>
        <translation>About DealerDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DealerDesk %1&lt;/h3&gt;&lt;p&gt;The after-sales service front desk of a car dealership: reception, inspection, work orders, approvals and settlement.&lt;/p&gt;&lt;p&gt;Database: %2 (%3), schema version %4&lt;br&gt;Qt %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DealerDesk %1&lt;/h3&gt;&lt;p&gt;The after-sales service front desk of a car dealership: reception, inspection, work orders, approvals and settlement.&lt;/p&gt;&lt;p&gt;Database: %2 (%3), schema version %4&lt;br&gt;Qt %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>From its next start, DealerDesk on this PC uses %1. Restart DealerDesk now?</source>
        <translation>From its next start, DealerDesk on this PC uses %1. Restart DealerDesk now?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Anywhere</translation>
    </message>
    <message>
        <source>Find a customer or vehicle</source>
        <translation>Find a customer or vehicle</translation>
    </message>
    <message>
        <source>In every dialog</source>
        <translation>In every dialog</translation>
    </message>
    <message>
        <source>Not following the other stations: %1 Retrying; what you type is kept.</source>
        <translation>Not following the other stations: %1 Retrying; what you type is kept.</translation>
    </message>
    <message>
        <source>Changes made at other stations show here again as soon as the database answers.</source>
        <translation>Changes made at other stations show here again as soon as the database answers.</translation>
    </message>
    <message>
        <source>Confirm it from a text of several lines</source>
        <translation>Confirm it from a text of several lines</translation>
    </message>
</context>
<context>
    <name>dd::ManagerApprovalDialog</name>
    <message>
        <source>The service manager enters their sign-in name.</source>
        <translation>The service manager enters their sign-in name.</translation>
    </message>
    <message>
        <source>The service manager enters their password.</source>
        <translation>The service manager enters their password.</translation>
    </message>
    <message>
        <source>Give the reason; it is recorded and printed.</source>
        <translation>Give the reason; it is recorded and printed.</translation>
    </message>
</context>
<context>
    <name>dd::Migrator</name>
    <message>
        <source>The database has schema version %1, but this DealerDesk knows versions up to %2. It was left untouched.</source>
        <translation>The database has schema version %1, but this DealerDesk knows versions up to %2. It was left untouched.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 (%2) failed; it stays at version %3. %4</source>
        <translation>Upgrading the database to schema version %1 (%2) failed; it stays at version %3. %4</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 and needs %3, but the login %4 may not change its structure (the application&apos;s login only works with the data). Upgrade it once with the owner&apos;s login: dealerdesk --db postgresql://OWNER@%5:%6/%7 migrate</source>
        <translation>The database %1 has schema version %2 and needs %3, but the login %4 may not change its structure (the application&apos;s login only works with the data). Upgrade it once with the owner&apos;s login: dealerdesk --db postgresql://OWNER@%5:%6/%7 migrate</translation>
    </message>
</context>
<context>
    <name>dd::Options</name>
    <message>
        <source>Usage: dealerdesk [--db PATH|URL] [--user NAME] [--lang zh_CN|zh_TW|en] [COMMAND ...]

Without a command, DealerDesk opens its window.

Options:
  --db PATH|URL       an SQLite file, or postgresql://user@host:port/dbname
                      (default: the last one used, else dealerdesk.db in the app&apos;s data folder)
  --user NAME         sign in as this DealerDesk user; the password comes from the
                      DEALERDESK_PASSWORD environment variable, else from standard input
                      (its first line; not echoed on a terminal). Every command needs it
                      except --help, --version, migrate, demo on an empty database, and
                      creating or setting the first administrator&apos;s password while no
                      administrator has one
  --lang LANG         zh_CN, zh_TW or en (default: the system language)
  --version           show the version
  --help              show this help

Commands:
  migrate                          create the database or bring its schema up to date
  check                            check the whole SQLite file for damage (exit 1 with the
                                   first problems when it is damaged)
  backup FILE                      copy the database to FILE while the app may be running
  user add NAME --role ROLE ...    add a user; the password is read from standard input
                                   (after the signing-in password when that comes from there)
       [--name &quot;FULL NAME&quot;]        roles: advisor, controller, cashier, clerk, manager, admin
  user passwd NAME                 set a user&apos;s password, read from standard input
  user list                        list the users: name, full name, roles, state
  demo                             fill an empty database with a demo dealership
  workorders [--state STATE]       list work orders, tab-separated: number, plate, state,
                                   customer, opened at (states: draft, open, dispatched, ...)
  import KIND FILE [--dry-run]     import a CSV file (UTF-8, GB18030/GBK or Big5, told
                                   apart by ICU and named); KIND: customers, vehicles
                                   (from an old system), labor, parts, jobs (catalogs:
                                   a row with a code on file replaces it); --dry-run
                                   checks every row, shows the first names as read
                                   and changes nothing
  print FORM NUMBER --pdf FILE     print a form to a PDF file, or on a printer with
       [--printer NAME] [--copies N]  --printer. Printing unchanged content again is
                                   recorded as a reprint. The forms, and their NUMBER:
%1  followups [--due DATE | --overdue]  the follow-up calls due up to today (or DATE), or
                                   overdue only, tab-separated: due, kind, work order,
                                   customer, phone (masked), vehicle, advisor, attempts
  complaints [--open] [--overdue]  the complaints open and closed in the last 30 days (or
                                   open only, or open and past a deadline), tab-separated:
                                   number, received, state, severity, category, customer,
                                   phone (masked), vehicle, work order, responsible, reply by,
                                   resolve by, flags (reply_overdue, overdue, escalated)
  messages --date DATE --csv FILE  the messages queued that day instead of calls, as CSV for
                                   the shop&apos;s bulk-SMS platform (UTF-8): time, channel,
                                   recipient, customer, work order, text; marked as exported
  audit verify                     check the audit trail&apos;s hash chain: names the first row
                                   that does not match (exit 1), or N rows, chain intact

Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>Usage: dealerdesk [--db PATH|URL] [--user NAME] [--lang zh_CN|zh_TW|en] [COMMAND ...]

Without a command, DealerDesk opens its window.

Options:
  --db PATH|URL       an SQLite file, or postgresql://user@host:port/dbname
                      (default: the last one used, else dealerdesk.db in the app&apos;s data folder)
  --user NAME         sign in as this DealerDesk user; the password comes from the
                      DEALERDESK_PASSWORD environment variable, else from standard input
                      (its first line; not echoed on a terminal). Every command needs it
                      except --help, --version, migrate, demo on an empty database, and
                      creating or setting the first administrator&apos;s password while no
                      administrator has one
  --lang LANG         zh_CN, zh_TW or en (default: the system language)
  --version           show the version
  --help              show this help

Commands:
  migrate                          create the database or bring its schema up to date
  check                            check the whole SQLite file for damage (exit 1 with the
                                   first problems when it is damaged)
  backup FILE                      copy the database to FILE while the app may be running
  user add NAME --role ROLE ...    add a user; the password is read from standard input
                                   (after the signing-in password when that comes from there)
       [--name &quot;FULL NAME&quot;]        roles: advisor, controller, cashier, clerk, manager, admin
  user passwd NAME                 set a user&apos;s password, read from standard input
  user list                        list the users: name, full name, roles, state
  demo                             fill an empty database with a demo dealership
  workorders [--state STATE]       list work orders, tab-separated: number, plate, state,
                                   customer, opened at (states: draft, open, dispatched, ...)
  import KIND FILE [--dry-run]     import a CSV file (UTF-8, GB18030/GBK or Big5, told
                                   apart by ICU and named); KIND: customers, vehicles
                                   (from an old system), labor, parts, jobs (catalogs:
                                   a row with a code on file replaces it); --dry-run
                                   checks every row, shows the first names as read
                                   and changes nothing
  print FORM NUMBER --pdf FILE     print a form to a PDF file, or on a printer with
       [--printer NAME] [--copies N]  --printer. Printing unchanged content again is
                                   recorded as a reprint. The forms, and their NUMBER:
%1  followups [--due DATE | --overdue]  the follow-up calls due up to today (or DATE), or
                                   overdue only, tab-separated: due, kind, work order,
                                   customer, phone (masked), vehicle, advisor, attempts
  complaints [--open] [--overdue]  the complaints open and closed in the last 30 days (or
                                   open only, or open and past a deadline), tab-separated:
                                   number, received, state, severity, category, customer,
                                   phone (masked), vehicle, work order, responsible, reply by,
                                   resolve by, flags (reply_overdue, overdue, escalated)
  messages --date DATE --csv FILE  the messages queued that day instead of calls, as CSV for
                                   the shop&apos;s bulk-SMS platform (UTF-8): time, channel,
                                   recipient, customer, work order, text; marked as exported
  audit verify                     check the audit trail&apos;s hash chain: names the first row
                                   that does not match (exit 1), or N rows, chain intact

Exit codes: 0 success, 1 failure, 2 usage error.
</translation>
    </message>
</context>
<context>
    <name>dd::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Set password for %1</source>
        <translation>Set password for %1</translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation>Choose a new password for %1.</translation>
    </message>
    <message>
        <source>Set a new password for %1 and tell it to them in person. They can change it afterwards under File &gt; Change my password.</source>
        <translation>Set a new password for %1 and tell it to them in person. They can change it afterwards under File &gt; Change my password.</translation>
    </message>
    <message>
        <source>That user no longer exists.</source>
        <translation>That user no longer exists.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>The two passwords differ; type the same password twice.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>The current password is not right.</translation>
    </message>
</context>
<context>
    <name>dd::PasswordHasher</name>
    <message>
        <source>Not enough memory to protect the password; close other programs and try again.</source>
        <translation>Not enough memory to protect the password; close other programs and try again.</translation>
    </message>
</context>
<context>
    <name>dd::PasswordPolicy</name>
    <message>
        <source>Enter a password.</source>
        <translation>Enter a password.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The password needs at least %1 kinds of characters: small letters, capitals, digits, or signs such as - or #.</source>
        <translation>The password needs at least %1 kinds of characters: small letters, capitals, digits, or signs such as - or #.</translation>
    </message>
    <message>
        <source>The password repeats one character more than %1 times in a row.</source>
        <translation>The password repeats one character more than %1 times in a row.</translation>
    </message>
    <message>
        <source>The password contains a run such as 12345 or abcde (more than %1 characters in a row).</source>
        <translation>The password contains a run such as 12345 or abcde (more than %1 characters in a row).</translation>
    </message>
    <message>
        <source>The password reads the same backwards; choose another one.</source>
        <translation>The password reads the same backwards; choose another one.</translation>
    </message>
    <message>
        <source>The password must not contain the sign-in name, forwards or backwards.</source>
        <translation>The password must not contain the sign-in name, forwards or backwards.</translation>
    </message>
    <message>
        <source>The password must not contain the person&apos;s name, forwards or backwards.</source>
        <translation>The password must not contain the person&apos;s name, forwards or backwards.</translation>
    </message>
    <message>
        <source>The password is too easy to guess: it is a common word or a simple pattern, or based on one. Choose a longer or less obvious password.</source>
        <translation>The password is too easy to guess: it is a common word or a simple pattern, or based on one. Choose a longer or less obvious password.</translation>
    </message>
    <message>
        <source>The password could not be accepted (password check code %1); choose another one.</source>
        <translation>The password could not be accepted (password check code %1); choose another one.</translation>
    </message>
</context>
<context>
    <name>dd::PdfText</name>
    <message>
        <source>The PDF %1 could not be opened: %2</source>
        <translation>The PDF %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written: %2</source>
        <translation>The PDF %1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>dd::Phone</name>
    <message>
        <source>The landline %1 needs its area code, e.g. 021-%1.</source>
        <translation>The landline %1 needs its area code, e.g. 021-%1.</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; &quot;%1&quot; has %2.</source>
        <translation>A mobile number has 11 digits; &quot;%1&quot; has %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mainland mobile (1xx xxxx xxxx) or a landline with its area code.</source>
        <translation>&quot;%1&quot; is not a mainland mobile (1xx xxxx xxxx) or a landline with its area code.</translation>
    </message>
    <message>
        <source>%1 is a landline; a mobile number (1xx xxxx xxxx) is needed here.</source>
        <translation>%1 is a landline; a mobile number (1xx xxxx xxxx) is needed here.</translation>
    </message>
</context>
<context>
    <name>dd::Plate</name>
    <message>
        <source>The plate is empty.</source>
        <translation>The plate is empty.</translation>
    </message>
    <message>
        <source>A plate starts with a province abbreviation such as 沪 or 京; &quot;%1&quot; is not one.</source>
        <translation>A plate starts with a province abbreviation such as 沪 or 京; &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>The second character of a plate is the issuing office&apos;s letter (A–Z).</source>
        <translation>The second character of a plate is the issuing office&apos;s letter (A–Z).</translation>
    </message>
    <message>
        <source>A plate has 7 characters (8 for new-energy vehicles); %1 has %2.</source>
        <translation>A plate has 7 characters (8 for new-energy vehicles); %1 has %2.</translation>
    </message>
    <message>
        <source>Plates never use the letter %1 (character %2); it is probably %3.</source>
        <translation>Plates never use the letter %1 (character %2); it is probably %3.</translation>
    </message>
    <message>
        <source>Character %1 of the plate (&quot;%2&quot;) must be a letter or a digit.</source>
        <translation>Character %1 of the plate (&quot;%2&quot;) must be a letter or a digit.</translation>
    </message>
    <message>
        <source>A plate ends with a letter, a digit or one of 挂学警港澳试超; &quot;%1&quot; is none of them.</source>
        <translation>A plate ends with a letter, a digit or one of 挂学警港澳试超; &quot;%1&quot; is none of them.</translation>
    </message>
    <message>
        <source>港 and 澳 plates are issued only as 粤Z.</source>
        <translation>港 and 澳 plates are issued only as 粤Z.</translation>
    </message>
    <message>
        <source>A new-energy plate for large vehicles has 5 digits then D or F.</source>
        <translation>A new-energy plate for large vehicles has 5 digits then D or F.</translation>
    </message>
    <message>
        <source>A new-energy plate for large vehicles ends with D or F; this one ends with &quot;%1&quot;.</source>
        <translation>A new-energy plate for large vehicles ends with D or F; this one ends with &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A new-energy plate has D or F (or another letter A–K) after the office letter; &quot;%1&quot; is not one.</source>
        <translation>A new-energy plate has D or F (or another letter A–K) after the office letter; &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>Character 4 of the plate (&quot;%1&quot;) must be a letter or a digit.</source>
        <translation>Character 4 of the plate (&quot;%1&quot;) must be a letter or a digit.</translation>
    </message>
    <message>
        <source>The last 4 characters of a new-energy plate are digits; character %1 is &quot;%2&quot;.</source>
        <translation>The last 4 characters of a new-energy plate are digits; character %1 is &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>dd::PrintPreviewDialog</name>
    <message>
        <source>Print %1 %2</source>
        <translation>Print %1 %2</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Printed before on %1 with the same content: printing again gives a copy marked &quot;reprint&quot;.</source>
        <translation>Printed before on %1 with the same content: printing again gives a copy marked &quot;reprint&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>reprint</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>Printing &amp;history: not printed yet</source>
        <translation>Printing &amp;history: not printed yet</translation>
    </message>
    <message>
        <source>Printing &amp;history:</source>
        <translation>Printing &amp;history:</translation>
    </message>
    <message numerus="yes">
        <source>Printed as a reprint: %n page(s).</source>
        <translation>
            <numerusform>Printed as a reprint: %n page.</numerusform>
            <numerusform>Printed as a reprint: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed: %n page(s).</source>
        <translation>
            <numerusform>Printed: %n page.</numerusform>
            <numerusform>Printed: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded in the printing history.</source>
        <translation>Recorded in the printing history.</translation>
    </message>
    <message>
        <source>Choose a file name for the PDF.</source>
        <translation>Choose a file name for the PDF.</translation>
    </message>
    <message>
        <source>Reprint %1 %2</source>
        <translation>Reprint %1 %2</translation>
    </message>
    <message>
        <source>Signed on screen by %1 on %2 at %3: printing gives the signed copy.</source>
        <translation>Signed on screen by %1 on %2 at %3: printing gives the signed copy.</translation>
    </message>
    <message>
        <source>%1 %2: the customer signs</source>
        <translation>%1 %2: the customer signs</translation>
    </message>
    <message>
        <source>Signed on screen and recorded with the document as shown. Print or save the signed copy for the customer if they want paper.</source>
        <translation>Signed on screen and recorded with the document as shown. Print or save the signed copy for the customer if they want paper.</translation>
    </message>
    <message>
        <source>signed on screen by %1</source>
        <translation>signed on screen by %1</translation>
    </message>
</context>
<context>
    <name>dd::Reception</name>
    <message>
        <source>The arrival no longer exists.</source>
        <translation>The arrival no longer exists.</translation>
    </message>
    <message>
        <source>%1 is already being received by %2 since %3.</source>
        <translation>%1 is already being received by %2 since %3.</translation>
    </message>
    <message>
        <source>This vehicle</source>
        <translation>This vehicle</translation>
    </message>
    <message>
        <source>The arrival of %1</source>
        <translation>The arrival of %1</translation>
    </message>
    <message>
        <source>%1 is checked in on work order %2.</source>
        <translation>%1 is checked in on work order %2.</translation>
    </message>
    <message>
        <source>Write down at least one concern in the customer&apos;s own words.</source>
        <translation>Write down at least one concern in the customer&apos;s own words.</translation>
    </message>
    <message>
        <source>Enter the mileage shown on the odometer.</source>
        <translation>Enter the mileage shown on the odometer.</translation>
    </message>
    <message>
        <source>A mileage of %1 km is not plausible.</source>
        <translation>A mileage of %1 km is not plausible.</translation>
    </message>
    <message>
        <source>Person dropping off: %1</source>
        <translation>Person dropping off: %1</translation>
    </message>
    <message>
        <source>Choose the vehicle being checked in.</source>
        <translation>Choose the vehicle being checked in.</translation>
    </message>
    <message>
        <source>%1 already has work order %2 open; continue that one instead of opening another.</source>
        <translation>%1 already has work order %2 open; continue that one instead of opening another.</translation>
    </message>
    <message>
        <source>This arrival is already checked in on work order %1.</source>
        <translation>This arrival is already checked in on work order %1.</translation>
    </message>
    <message>
        <source>The appointment no longer exists.</source>
        <translation>The appointment no longer exists.</translation>
    </message>
    <message>
        <source>Appointment %1 is for another vehicle.</source>
        <translation>Appointment %1 is for another vehicle.</translation>
    </message>
    <message>
        <source>Appointment %1 is %2; check in as a walk-in instead.</source>
        <translation>Appointment %1 is %2; check in as a walk-in instead.</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>Appointment %1</translation>
    </message>
</context>
<context>
    <name>dd::ReceptionPage</name>
    <message>
        <source>The search could not reach the database; keep typing to try again.</source>
        <translation>The search could not reach the database; keep typing to try again.</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Open work order</source>
        <translation>Open work order</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Vehicle / customer</source>
        <translation>Vehicle / customer</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>VIN …%1</source>
        <translation>VIN …%1</translation>
    </message>
    <message>
        <source>(no vehicle on file)</source>
        <translation>(no vehicle on file)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Found by %1</source>
        <translation>Found by %1</translation>
    </message>
    <message>
        <source>Type to search; arrows and Enter open a result.</source>
        <translation>Type to search; arrows and Enter open a result.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;. Ctrl+N enters a new customer and vehicle.</source>
        <translation>Nothing found for &quot;%1&quot;. Ctrl+N enters a new customer and vehicle.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s); ↓ and Enter open one.</source>
        <translation>
            <numerusform>%n result; ↓ and Enter open it.</numerusform>
            <numerusform>%n results; ↓ and Enter open one.</numerusform>
        </translation>
    </message>
    <message>
        <source>No vehicle open</source>
        <translation>No vehicle open</translation>
    </message>
    <message>
        <source>Search above, or press Ctrl+N for a new customer and vehicle.</source>
        <translation>Search above, or press Ctrl+N for a new customer and vehicle.</translation>
    </message>
    <message>
        <source>(no plate yet)</source>
        <translation>(no plate yet)</translation>
    </message>
    <message>
        <source>Owner: %1, %2</source>
        <translation>Owner: %1, %2</translation>
    </message>
    <message>
        <source>VIN %1</source>
        <translation>VIN %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>%L1 km</source>
        <translation>%L1 km</translation>
    </message>
    <message>
        <source>model year %1</source>
        <translation>model year %1</translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation>(due %1)</translation>
    </message>
    <message>
        <source>Nothing outstanding.</source>
        <translation>Nothing outstanding.</translation>
    </message>
    <message numerus="yes">
        <source>Past visits: %n</source>
        <translation>
            <numerusform>Past visits: %n</numerusform>
            <numerusform>Past visits: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for an advisor</source>
        <translation>Waiting for an advisor</translation>
    </message>
    <message>
        <source>In reception</source>
        <translation>In reception</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation>Checked in: %1</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>(no plate)</source>
        <translation>(no plate)</translation>
    </message>
    <message numerus="yes">
        <source>%n arrival(s) today</source>
        <translation>
            <numerusform>%n arrival today</numerusform>
            <numerusform>%n arrivals today</numerusform>
        </translation>
    </message>
    <message>
        <source>no greeting yet today</source>
        <translation>no greeting yet today</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Vehicle arrived</source>
        <translation>Vehicle arrived</translation>
    </message>
    <message>
        <source>Plate of the arriving vehicle (leave empty if it has none yet):</source>
        <translation>Plate of the arriving vehicle (leave empty if it has none yet):</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation>Plate:</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Open the vehicle first: search for it, or enter it with Ctrl+N.</source>
        <translation>Open the vehicle first: search for it, or enter it with Ctrl+N.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>average greeting %1</source>
        <translation>average greeting %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting longer than %1 — greet them now</source>
        <translation>
            <numerusform>%n waiting longer than %1 — greet them now</numerusform>
            <numerusform>%n waiting longer than %1 — greet them now</numerusform>
        </translation>
    </message>
    <message>
        <source>A vehicle arrived: put it on the board</source>
        <translation>A vehicle arrived: put it on the board</translation>
    </message>
    <message>
        <source>Start receiving the selected arrival</source>
        <translation>Start receiving the selected arrival</translation>
    </message>
    <message>
        <source>Check in the open vehicle</source>
        <translation>Check in the open vehicle</translation>
    </message>
    <message>
        <source>New customer and vehicle</source>
        <translation>New customer and vehicle</translation>
    </message>
    <message>
        <source>From the search box to the results</source>
        <translation>From the search box to the results</translation>
    </message>
    <message>
        <source>Open the selected result</source>
        <translation>Open the selected result</translation>
    </message>
    <message numerus="yes">
        <source>%n arrival(s) waiting to be received</source>
        <translation>
            <numerusform>%n arrival waiting to be received</numerusform>
            <numerusform>%n arrivals waiting to be received</numerusform>
        </translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Find the vehicle for the new appointment, open it with Enter, then press Alt+B (Book appointment).</source>
        <translation>Find the vehicle for the new appointment, open it with Enter, then press Alt+B (Book appointment).</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%L1 km on %2</source>
        <translation>%L1 km on %2</translation>
    </message>
    <message>
        <source>Reading the vehicle&apos;s history…</source>
        <translation>Reading the vehicle&apos;s history…</translation>
    </message>
</context>
<context>
    <name>dd::Roles</name>
    <message>
        <source>Service advisor</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>Workshop controller</source>
        <translation>Workshop controller</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation>Service manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>change dealership settings</source>
        <translation>change dealership settings</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>back up the database</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>view the audit trail</translation>
    </message>
    <message>
        <source>load demo data</source>
        <translation>load demo data</translation>
    </message>
    <message>
        <source>edit customers and vehicles</source>
        <translation>edit customers and vehicles</translation>
    </message>
    <message>
        <source>manage appointments</source>
        <translation>manage appointments</translation>
    </message>
    <message>
        <source>receive vehicles</source>
        <translation>receive vehicles</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>import data</translation>
    </message>
    <message>
        <source>inspect vehicles</source>
        <translation>inspect vehicles</translation>
    </message>
    <message>
        <source>print documents</source>
        <translation>print documents</translation>
    </message>
    <message>
        <source>edit work orders</source>
        <translation>edit work orders</translation>
    </message>
    <message>
        <source>run the workshop&apos;s part of a work order</source>
        <translation>run the workshop&apos;s part of a work order</translation>
    </message>
    <message>
        <source>pass or fail the quality check</source>
        <translation>pass or fail the quality check</translation>
    </message>
    <message>
        <source>settle work orders</source>
        <translation>settle work orders</translation>
    </message>
    <message>
        <source>keep the list of technicians</source>
        <translation>keep the list of technicians</translation>
    </message>
    <message>
        <source>Customer-service clerk</source>
        <translation>Customer-service clerk</translation>
    </message>
    <message>
        <source>call customers after the visit and handle complaints</source>
        <translation>call customers after the visit and handle complaints</translation>
    </message>
    <message>
        <source>reply to and close major or escalated complaints</source>
        <translation>reply to and close major or escalated complaints</translation>
    </message>
</context>
<context>
    <name>dd::ScaleGenerator</name>
    <message>
        <source>This database already holds customers; the scale generator only fills an empty one.</source>
        <translation>This database already holds customers; the scale generator only fills an empty one.</translation>
    </message>
</context>
<context>
    <name>dd::Search</name>
    <message>
        <source>plate</source>
        <translation>plate</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>pinyin</source>
        <translation>pinyin</translation>
    </message>
    <message>
        <source>work order</source>
        <translation>work order</translation>
    </message>
</context>
<context>
    <name>dd::SettlementRules</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>Company account</source>
        <translation>Company account</translation>
    </message>
    <message>
        <source>Insurer direct billing</source>
        <translation>Insurer direct billing</translation>
    </message>
    <message>
        <source>Warranty claim</source>
        <translation>Warranty claim</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>Customer pays</translation>
    </message>
    <message>
        <source>Warranty (manufacturer)</source>
        <translation>Warranty (manufacturer)</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Internal and goodwill</source>
        <translation>Internal and goodwill</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>Order discount</translation>
    </message>
    <message>
        <source>Rounding off (抹零)</source>
        <translation>Rounding off (抹零)</translation>
    </message>
    <message>
        <source>Customer takes the old parts</source>
        <translation>Customer takes the old parts</translation>
    </message>
    <message>
        <source>Customer waives the old parts</source>
        <translation>Customer waives the old parts</translation>
    </message>
    <message>
        <source>No old parts</source>
        <translation>No old parts</translation>
    </message>
    <message>
        <source>unknown line</source>
        <translation>unknown line</translation>
    </message>
    <message>
        <source>Whole order -%1</source>
        <translation>Whole order -%1</translation>
    </message>
    <message>
        <source>Whole order</source>
        <translation>Whole order</translation>
    </message>
    <message>
        <source>Amount below one yuan dropped</source>
        <translation>Amount below one yuan dropped</translation>
    </message>
    <message>
        <source>A line discount refers to a line that is not on the statement.</source>
        <translation>A line discount refers to a line that is not on the statement.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is paid by %2: only what the customer pays can be discounted.</source>
        <translation>&quot;%1&quot; is paid by %2: only what the customer pays can be discounted.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one discount.</source>
        <translation>&quot;%1&quot; has more than one discount.</translation>
    </message>
    <message>
        <source>The discount on &quot;%1&quot; (%2) is more than the line (%3).</source>
        <translation>The discount on &quot;%1&quot; (%2) is more than the line (%3).</translation>
    </message>
    <message>
        <source>The whole order has more than one discount.</source>
        <translation>The whole order has more than one discount.</translation>
    </message>
    <message>
        <source>The amount is rounded off more than once.</source>
        <translation>The amount is rounded off more than once.</translation>
    </message>
    <message>
        <source>Unknown kind of discount &quot;%1&quot;.</source>
        <translation>Unknown kind of discount &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A discount of %1 is not between 0 and 100 %.</source>
        <translation>A discount of %1 is not between 0 and 100 %.</translation>
    </message>
    <message>
        <source>A discount needs a percentage or an amount above zero.</source>
        <translation>A discount needs a percentage or an amount above zero.</translation>
    </message>
    <message>
        <source>Unknown payment method &quot;%1&quot;.</source>
        <translation>Unknown payment method &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: the amount must be above zero.</source>
        <translation>%1: the amount must be above zero.</translation>
    </message>
    <message>
        <source>Cash: %1 handed over is less than the %2 it should pay.</source>
        <translation>Cash: %1 handed over is less than the %2 it should pay.</translation>
    </message>
    <message>
        <source>The customer has no company account: pay another way, or have the account opened first.</source>
        <translation>The customer has no company account: pay another way, or have the account opened first.</translation>
    </message>
    <message>
        <source>%1 on account is more than the %2 of credit the customer has left.</source>
        <translation>%1 on account is more than the %2 of credit the customer has left.</translation>
    </message>
    <message>
        <source>%1: %2 still to pay.</source>
        <translation>%1: %2 still to pay.</translation>
    </message>
    <message>
        <source>%1: %2 more than due.</source>
        <translation>%1: %2 more than due.</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>Day close</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter the amount (%1 expected).</source>
        <translation>Count the cash in the drawer and enter the amount (%1 expected).</translation>
    </message>
    <message>
        <source>The drawer holds %1 more than expected: say why (e.g. change not given).</source>
        <translation>The drawer holds %1 more than expected: say why (e.g. change not given).</translation>
    </message>
    <message>
        <source>The drawer holds %1 less than expected: say why.</source>
        <translation>The drawer holds %1 less than expected: say why.</translation>
    </message>
    <message>
        <source>Say who takes the desk over.</source>
        <translation>Say who takes the desk over.</translation>
    </message>
</context>
<context>
    <name>dd::SettlementStore</name>
    <message>
        <source>%1 needs a service manager&apos;s approval: the manager enters their name and password at the counter.</source>
        <translation>%1 needs a service manager&apos;s approval: the manager enters their name and password at the counter.</translation>
    </message>
    <message>
        <source>%1 is not a service manager and cannot approve this: %2.</source>
        <translation>%1 is not a service manager and cannot approve this: %2.</translation>
    </message>
    <message>
        <source>A discount of %1 % (you may grant %2 %)</source>
        <translation>A discount of %1 % (you may grant %2 %)</translation>
    </message>
    <message>
        <source>%1 needs a service manager&apos;s approval at the counter, with the reason.</source>
        <translation>%1 needs a service manager&apos;s approval at the counter, with the reason.</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>Work order %1</translation>
    </message>
    <message>
        <source>Work order %1 is %2: only a work order ready for settlement can be settled.</source>
        <translation>Work order %1 is %2: only a work order ready for settlement can be settled.</translation>
    </message>
    <message>
        <source>There is nothing below one yuan to round off.</source>
        <translation>There is nothing below one yuan to round off.</translation>
    </message>
    <message>
        <source>The discount needs a service manager&apos;s approval again: the amounts changed while it was given.</source>
        <translation>The discount needs a service manager&apos;s approval again: the amounts changed while it was given.</translation>
    </message>
    <message>
        <source>Unknown choice for the old parts &quot;%1&quot;.</source>
        <translation>Unknown choice for the old parts &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A reversal (冲红)</source>
        <translation>A reversal (冲红)</translation>
    </message>
    <message>
        <source>%1 is itself a reversal; it cannot be reversed.</source>
        <translation>%1 is itself a reversal; it cannot be reversed.</translation>
    </message>
    <message>
        <source>Settlement %1 was reversed already by %2.</source>
        <translation>Settlement %1 was reversed already by %2.</translation>
    </message>
    <message>
        <source>The car of work order %1 has been delivered: a settlement is reversed at the counter before the car leaves. Ask the service manager how to correct it in the accounts.</source>
        <translation>The car of work order %1 has been delivered: a settlement is reversed at the counter before the car leaves. Ask the service manager how to correct it in the accounts.</translation>
    </message>
    <message>
        <source>Give the reason for the reversal; it is printed on the reversal and kept.</source>
        <translation>Give the reason for the reversal; it is printed on the reversal and kept.</translation>
    </message>
    <message>
        <source>%1 reversed by %2: %3</source>
        <translation>%1 reversed by %2: %3</translation>
    </message>
    <message>
        <source>The settlement is no longer on record.</source>
        <translation>The settlement is no longer on record.</translation>
    </message>
    <message>
        <source>%1 is closed already; a day is closed once. Settlements made now belong to %2.</source>
        <translation>%1 is closed already; a day is closed once. Settlements made now belong to %2.</translation>
    </message>
    <message>
        <source>%1 has not come yet; close it at the end of that day.</source>
        <translation>%1 has not come yet; close it at the end of that day.</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>Day close</translation>
    </message>
    <message>
        <source>closed by %1</source>
        <translation>closed by %1</translation>
    </message>
    <message>
        <source>not closed</source>
        <translation>not closed</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>New receivables</source>
        <translation>New receivables</translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation>Reversals</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>Customer pays</translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation>Reverses</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>%1 is closed; the next shift starts a new day.</source>
        <translation>%1 is closed; the next shift starts a new day.</translation>
    </message>
    <message>
        <source>Ready for settlement and not settled: %1. Settle them first, or close the day knowing they go to the next day&apos;s settlements.</source>
        <translation>Ready for settlement and not settled: %1. Settle them first, or close the day knowing they go to the next day&apos;s settlements.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Cash expected</translation>
    </message>
    <message>
        <source>over/short %1</source>
        <translation>over/short %1</translation>
    </message>
    <message>
        <source>Discount on</source>
        <translation>Discount on</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>within the cashier&apos;s limit</source>
        <translation>within the cashier&apos;s limit</translation>
    </message>
</context>
<context>
    <name>dd::ShortcutsDialog</name>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>What they do</translation>
    </message>
</context>
<context>
    <name>dd::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Quit DealerDesk</source>
        <translation>&amp;Quit DealerDesk</translation>
    </message>
    <message>
        <source>Locked. %1 is signed in at this PC: enter the password to continue, or sign in as someone else to switch user.</source>
        <translation>Locked. %1 is signed in at this PC: enter the password to continue, or sign in as someone else to switch user.</translation>
    </message>
    <message>
        <source>Locked - DealerDesk</source>
        <translation>Locked - DealerDesk</translation>
    </message>
    <message>
        <source>Enter your sign-in name.</source>
        <translation>Enter your sign-in name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Wait %n s</numerusform>
            <numerusform>Wait %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::SignatureCodes</name>
    <message>
        <source>Signature pad or pen</source>
        <translation>Signature pad or pen</translation>
    </message>
    <message>
        <source>Touchscreen</source>
        <translation>Touchscreen</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Mouse</translation>
    </message>
</context>
<context>
    <name>dd::SignatureDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The customer has read it on screen and signs below. The document is kept exactly as shown, with the signature, the time and this station.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The customer has read it on screen and signs below. The document is kept exactly as shown, with the signature, the time and this station.</translation>
    </message>
    <message>
        <source>&amp;Accept signature</source>
        <translation>&amp;Accept signature</translation>
    </message>
    <message>
        <source>Enter the name of the person signing.</source>
        <translation>Enter the name of the person signing.</translation>
    </message>
    <message>
        <source>That is too short for a signature. Ask the customer to sign across the line, or press Clear and sign again.</source>
        <translation>That is too short for a signature. Ask the customer to sign across the line, or press Clear and sign again.</translation>
    </message>
</context>
<context>
    <name>dd::SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>dd::Sql</name>
    <message>
        <source>The database is busy or locked by another program. Nothing was saved; wait a moment and try again.</source>
        <translation>The database is busy or locked by another program. Nothing was saved; wait a moment and try again.</translation>
    </message>
    <message>
        <source>The database file is damaged. Stop using it and restore the latest backup.</source>
        <translation>The database file is damaged. Stop using it and restore the latest backup.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>The disk is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <source>Another station was saving the same data at the same moment. Nothing was saved; try again.</source>
        <translation>Another station was saving the same data at the same moment. Nothing was saved; try again.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>The database refused the change: %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Nothing of this change was saved; check the network and that the database server is running, then do it again.</source>
        <translation>The connection to the database was lost. Nothing of this change was saved; check the network and that the database server is running, then do it again.</translation>
    </message>
    <message>
        <source>The database cannot be written (it or its folder is read-only). Nothing was saved.</source>
        <translation>The database cannot be written (it or its folder is read-only). Nothing was saved.</translation>
    </message>
    <message>
        <source>This is already on file (perhaps saved at another station a moment ago). Nothing was saved; look it up and try again.</source>
        <translation>This is already on file (perhaps saved at another station a moment ago). Nothing was saved; look it up and try again.</translation>
    </message>
    <message>
        <source>The database refused the change without giving a reason. Nothing was saved; try again, and tell the administrator if it happens again.</source>
        <translation>The database refused the change without giving a reason. Nothing was saved; try again, and tell the administrator if it happens again.</translation>
    </message>
</context>
<context>
    <name>dd::StaleBar</name>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>another station</source>
        <translation>another station</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 at %4. Your changes here are not saved yet: Reload shows the saved version, Keep mine goes on with yours.</source>
        <translation>%1 was changed by %2 at %3 at %4. Your changes here are not saved yet: Reload shows the saved version, Keep mine goes on with yours.</translation>
    </message>
</context>
<context>
    <name>dd::TechnicianRules</name>
    <message>
        <source>Junior (level 5)</source>
        <translation>Junior (level 5)</translation>
    </message>
    <message>
        <source>Intermediate (level 4)</source>
        <translation>Intermediate (level 4)</translation>
    </message>
    <message>
        <source>Senior (level 3)</source>
        <translation>Senior (level 3)</translation>
    </message>
    <message>
        <source>Technician (level 2)</source>
        <translation>Technician (level 2)</translation>
    </message>
    <message>
        <source>Senior technician (level 1)</source>
        <translation>Senior technician (level 1)</translation>
    </message>
    <message>
        <source>A technician has no name.</source>
        <translation>A technician has no name.</translation>
    </message>
    <message>
        <source>The technician&apos;s name &quot;%1&quot; is longer than 40 characters.</source>
        <translation>The technician&apos;s name &quot;%1&quot; is longer than 40 characters.</translation>
    </message>
    <message>
        <source>The team of %1 is longer than 40 characters.</source>
        <translation>The team of %1 is longer than 40 characters.</translation>
    </message>
    <message>
        <source>The grade of %1 is not one of the national levels.</source>
        <translation>The grade of %1 is not one of the national levels.</translation>
    </message>
    <message>
        <source>%1 is on the list twice; give the second one a distinguishing name (e.g. 李强2).</source>
        <translation>%1 is on the list twice; give the second one a distinguishing name (e.g. 李强2).</translation>
    </message>
</context>
<context>
    <name>dd::TechnicianStore</name>
    <message>
        <source>A technician named %1 is already on the list (perhaps retired); tick Active on that row instead.</source>
        <translation>A technician named %1 is already on the list (perhaps retired); tick Active on that row instead.</translation>
    </message>
    <message>
        <source>Technician %1</source>
        <translation>Technician %1</translation>
    </message>
</context>
<context>
    <name>dd::TechniciansDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>No technicians yet: add them with &quot;Add technician&quot; (Alt+A).</source>
        <translation>No technicians yet: add them with &quot;Add technician&quot; (Alt+A).</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>A workshop controller, a service manager or an administrator keeps this list.</source>
        <translation>A workshop controller, a service manager or an administrator keeps this list.</translation>
    </message>
</context>
<context>
    <name>dd::UserEditDialog</name>
    <message>
        <source>Edit user %1</source>
        <translation>Edit user %1</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>The two passwords differ; type the same password twice.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Tick at least one role.</translation>
    </message>
</context>
<context>
    <name>dd::Users</name>
    <message>
        <source>User %1 (%2)</source>
        <translation>User %1 (%2)</translation>
    </message>
    <message>
        <source>That user no longer exists.</source>
        <translation>That user no longer exists.</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>Give the user at least one role.</translation>
    </message>
    <message>
        <source>The sign-in name &quot;%1&quot; is already taken; choose another.</source>
        <translation>The sign-in name &quot;%1&quot; is already taken; choose another.</translation>
    </message>
    <message>
        <source>This is the last active administrator; the shop would be locked out of its own settings. Make another user administrator first.</source>
        <translation>This is the last active administrator; the shop would be locked out of its own settings. Make another user administrator first.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while signed in with it.</source>
        <translation>You cannot deactivate your own account while signed in with it.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for %1. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too many wrong passwords for %1. Wait %n second, then try again.</numerusform>
            <numerusform>Too many wrong passwords for %1. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong sign-in name or password.</source>
        <translation>Wrong sign-in name or password.</translation>
    </message>
    <message>
        <source>No password has been set for %1 yet; ask an administrator to set one.</source>
        <translation>No password has been set for %1 yet; ask an administrator to set one.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated; ask an administrator.</source>
        <translation>The account %1 is deactivated; ask an administrator.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>This database already has an administrator; sign in instead.</source>
        <translation>This database already has an administrator; sign in instead.</translation>
    </message>
</context>
<context>
    <name>dd::UsersDialog</name>
    <message>
        <source>Sign-in name</source>
        <translation>Sign-in name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Not set: cannot sign in</source>
        <translation>Not set: cannot sign in</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer sign in; their name stays on the records they made. You can reactivate them later.</source>
        <translation>Deactivate %1 (%2)? They can no longer sign in; their name stays on the records they made. You can reactivate them later.</translation>
    </message>
</context>
<context>
    <name>dd::VehicleCodes</name>
    <message>
        <source>Small sedan</source>
        <translation>Small sedan</translation>
    </message>
    <message>
        <source>Small passenger car</source>
        <translation>Small passenger car</translation>
    </message>
    <message>
        <source>Small off-road car</source>
        <translation>Small off-road car</translation>
    </message>
    <message>
        <source>Medium passenger vehicle</source>
        <translation>Medium passenger vehicle</translation>
    </message>
    <message>
        <source>Large passenger vehicle</source>
        <translation>Large passenger vehicle</translation>
    </message>
    <message>
        <source>Light truck</source>
        <translation>Light truck</translation>
    </message>
    <message>
        <source>Medium truck</source>
        <translation>Medium truck</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Yellow-green</source>
        <translation>Yellow-green</translation>
    </message>
    <message>
        <source>White</source>
        <translation>White</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Black</translation>
    </message>
</context>
<context>
    <name>dd::VehicleDialog</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Customer and vehicle %1</source>
        <translation>Customer and vehicle %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>New customer and vehicle</source>
        <translation>New customer and vehicle</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>Agreed on %1</translation>
    </message>
    <message>
        <source>The VIN %1</source>
        <translation>The VIN %1</translation>
    </message>
    <message>
        <source>The plate %1</source>
        <translation>The plate %1</translation>
    </message>
    <message>
        <source>Vehicle already on file</source>
        <translation>Vehicle already on file</translation>
    </message>
    <message>
        <source>%1 is already on file: %2. Open that vehicle instead of entering it again?</source>
        <translation>%1 is already on file: %2. Open that vehicle instead of entering it again?</translation>
    </message>
    <message>
        <source>%1 is already on file for %2; saving would be refused.</source>
        <translation>%1 is already on file for %2; saving would be refused.</translation>
    </message>
    <message>
        <source>Customer already on file</source>
        <translation>Customer already on file</translation>
    </message>
    <message>
        <source>%1 already uses %2. Is the vehicle theirs? Yes fills in that customer; No enters a new one.</source>
        <translation>%1 already uses %2. Is the vehicle theirs? Yes fills in that customer; No enters a new one.</translation>
    </message>
    <message>
        <source>Please check the VIN</source>
        <translation>Please check the VIN</translation>
    </message>
    <message>
        <source>Save with this VIN?</source>
        <translation>Save with this VIN?</translation>
    </message>
    <message>
        <source>Ne&amp;w owner (sold)…</source>
        <translation>Ne&amp;w owner (sold)…</translation>
    </message>
    <message>
        <source>New vehicle for %1</source>
        <translation>New vehicle for %1</translation>
    </message>
    <message>
        <source>New owner (previously %1)</source>
        <translation>New owner (previously %1)</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>New owner</translation>
    </message>
    <message>
        <source>%1 has been sold? The owner&apos;s fields are emptied for the new owner; %2 stays in the vehicle&apos;s history. Typing a mobile number already on file offers that customer.</source>
        <translation>%1 has been sold? The owner&apos;s fields are emptied for the new owner; %2 stays in the vehicle&apos;s history. Typing a mobile number already on file offers that customer.</translation>
    </message>
    <message>
        <source>VIN accepted with a warning: %1</source>
        <translation>VIN accepted with a warning: %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>A new-energy plate: %1 is suggested. Check the powertrain with the customer.</source>
        <translation>A new-energy plate: %1 is suggested. Check the powertrain with the customer.</translation>
    </message>
    <message>
        <source>as the plate says</source>
        <translation>as the plate says</translation>
    </message>
</context>
<context>
    <name>dd::VehicleRules</name>
    <message>
        <source>Enter the VIN or the plate; a vehicle with no plate yet needs its VIN.</source>
        <translation>Enter the VIN or the plate; a vehicle with no plate yet needs its VIN.</translation>
    </message>
    <message>
        <source>The model year %1 is not plausible.</source>
        <translation>The model year %1 is not plausible.</translation>
    </message>
    <message>
        <source>The first registration date is in the future.</source>
        <translation>The first registration date is in the future.</translation>
    </message>
    <message>
        <source>The purchase date is in the future.</source>
        <translation>The purchase date is in the future.</translation>
    </message>
    <message>
        <source>A mileage of %1 km is not plausible.</source>
        <translation>A mileage of %1 km is not plausible.</translation>
    </message>
    <message>
        <source>Choose the vehicle&apos;s owner.</source>
        <translation>Choose the vehicle&apos;s owner.</translation>
    </message>
</context>
<context>
    <name>dd::VehicleStore</name>
    <message>
        <source>The vehicle&apos;s owner is not a known customer.</source>
        <translation>The vehicle&apos;s owner is not a known customer.</translation>
    </message>
    <message>
        <source>The VIN %1 is already on file for %2; open that vehicle instead.</source>
        <translation>The VIN %1 is already on file for %2; open that vehicle instead.</translation>
    </message>
    <message>
        <source>The plate %1 is already on file for %2. If the plate moved to this car, remove it from the other one first.</source>
        <translation>The plate %1 is already on file for %2. If the plate moved to this car, remove it from the other one first.</translation>
    </message>
    <message>
        <source>The vehicle %1 no longer exists.</source>
        <translation>The vehicle %1 no longer exists.</translation>
    </message>
    <message>
        <source>The vehicle %1</source>
        <translation>The vehicle %1</translation>
    </message>
    <message>
        <source>The vehicle no longer exists.</source>
        <translation>The vehicle no longer exists.</translation>
    </message>
    <message>
        <source>The mileage %L1 km is lower than the last recorded %L2 km.</source>
        <translation>The mileage %L1 km is lower than the last recorded %L2 km.</translation>
    </message>
    <message>
        <source>The mileage %L1 km is lower than the last recorded %L2 km (%3). Check the odometer; if the instrument cluster was replaced, check in anyway and the inspection records the reason.</source>
        <translation>The mileage %L1 km is lower than the last recorded %L2 km (%3). Check the odometer; if the instrument cluster was replaced, check in anyway and the inspection records the reason.</translation>
    </message>
</context>
<context>
    <name>dd::Vin</name>
    <message>
        <source>The VIN is empty.</source>
        <translation>The VIN is empty.</translation>
    </message>
    <message>
        <source>A VIN has 17 characters; this one has %1.</source>
        <translation>A VIN has 17 characters; this one has %1.</translation>
    </message>
    <message>
        <source>A VIN never contains the letter %1 (position %2); it is probably %3.</source>
        <translation>A VIN never contains the letter %1 (position %2); it is probably %3.</translation>
    </message>
    <message>
        <source>A VIN holds only letters and digits; position %1 is &quot;%2&quot;.</source>
        <translation>A VIN holds only letters and digits; position %1 is &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>VIN check digit should be %1 (position 9 is %2).</source>
        <translation>VIN check digit should be %1 (position 9 is %2).</translation>
    </message>
    <message>
        <source>Please check the VIN against the vehicle licence.</source>
        <translation>Please check the VIN against the vehicle licence.</translation>
    </message>
    <message>
        <source>Many European VINs carry no check digit; accept it if it matches the vehicle licence.</source>
        <translation>Many European VINs carry no check digit; accept it if it matches the vehicle licence.</translation>
    </message>
</context>
<context>
    <name>dd::WorkOrderLineDialog</name>
    <message>
        <source>Labor</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Other charge</source>
        <translation>Other charge</translation>
    </message>
    <message>
        <source>%1, ¥%2/h</source>
        <translation>%1, ¥%2/h</translation>
    </message>
    <message>
        <source>The customer signed the estimate: prices and quantities change only through add-on approval. The technician can be set here.</source>
        <translation>The customer signed the estimate: prices and quantities change only through add-on approval. The technician can be set here.</translation>
    </message>
    <message>
        <source>Line: %1</source>
        <translation>Line: %1</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>New line</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price in yuan, e.g. 120.00.</source>
        <translation>&quot;%1&quot; is not a price in yuan, e.g. 120.00.</translation>
    </message>
    <message>
        <source>code, part number or name: the catalog suggests</source>
        <translation>code, part number or name: the catalog suggests</translation>
    </message>
    <message>
        <source>%1  %2  %3 h</source>
        <translation>%1  %2  %3 h</translation>
    </message>
    <message>
        <source>%1  %2  %3  ¥%4</source>
        <translation>%1  %2  %3  ¥%4</translation>
    </message>
    <message>
        <source>From the catalog: %1 h standard hours.</source>
        <translation>From the catalog: %1 h standard hours.</translation>
    </message>
    <message>
        <source>From the catalog: %1 h standard hours for %2.</source>
        <translation>From the catalog: %1 h standard hours for %2.</translation>
    </message>
    <message>
        <source>From the price list.</source>
        <translation>From the price list.</translation>
    </message>
    <message>
        <source>From the price list: %1.</source>
        <translation>From the price list: %1.</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>not assigned yet</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>%1 (not on the list)</source>
        <translation>%1 (not on the list)</translation>
    </message>
</context>
<context>
    <name>dd::WorkOrderRules</name>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Body and paint</source>
        <translation>Body and paint</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Comeback</source>
        <translation>Comeback</translation>
    </message>
    <message>
        <source>Whole-vehicle or major assembly repair</source>
        <translation>Whole-vehicle or major assembly repair</translation>
    </message>
    <message>
        <source>Level-2 maintenance</source>
        <translation>Level-2 maintenance</translation>
    </message>
    <message>
        <source>Level-1 maintenance, minor or specialist repair</source>
        <translation>Level-1 maintenance, minor or specialist repair</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>Customer pays</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Goodwill</translation>
    </message>
    <message>
        <source>OEM</source>
        <translation>OEM</translation>
    </message>
    <message>
        <source>Equivalent quality</source>
        <translation>Equivalent quality</translation>
    </message>
    <message>
        <source>Reconditioned</source>
        <translation>Reconditioned</translation>
    </message>
    <message>
        <source>Customer-supplied</source>
        <translation>Customer-supplied</translation>
    </message>
    <message>
        <source>Diagnosis fee</source>
        <translation>Diagnosis fee</translation>
    </message>
    <message>
        <source>Sublet work</source>
        <translation>Sublet work</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Authorized</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>Quality check</translation>
    </message>
    <message>
        <source>Ready for settlement</source>
        <translation>Ready for settlement</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Waiting for the customer</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Customer authorized the work</source>
        <translation>Customer authorized the work</translation>
    </message>
    <message>
        <source>Hand over to the workshop</source>
        <translation>Hand over to the workshop</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Start work</translation>
    </message>
    <message>
        <source>Wait for the customer&apos;s approval</source>
        <translation>Wait for the customer&apos;s approval</translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation>Resume work</translation>
    </message>
    <message>
        <source>Send to quality check</source>
        <translation>Send to quality check</translation>
    </message>
    <message>
        <source>Quality check passed</source>
        <translation>Quality check passed</translation>
    </message>
    <message>
        <source>Quality check failed: back to the workshop</source>
        <translation>Quality check failed: back to the workshop</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Settle</translation>
    </message>
    <message>
        <source>Deliver to the customer</source>
        <translation>Deliver to the customer</translation>
    </message>
    <message>
        <source>Cancel the work order</source>
        <translation>Cancel the work order</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step a work order can take.</source>
        <translation>&quot;%1&quot; is not a step a work order can take.</translation>
    </message>
    <message>
        <source>The work order is %1; &quot;%2&quot; is only possible when it is %3.</source>
        <translation>The work order is %1; &quot;%2&quot; is only possible when it is %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>the work-order type</source>
        <translation>the work-order type</translation>
    </message>
    <message>
        <source>the repair category</source>
        <translation>the repair category</translation>
    </message>
    <message>
        <source>at least one concern in the customer&apos;s words</source>
        <translation>at least one concern in the customer&apos;s words</translation>
    </message>
    <message>
        <source>at least one approved line in the estimate</source>
        <translation>at least one approved line in the estimate</translation>
    </message>
    <message>
        <source>the customer&apos;s written consent to the reconditioned part &quot;%1&quot;</source>
        <translation>the customer&apos;s written consent to the reconditioned part &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the promised completion time</source>
        <translation>the promised completion time</translation>
    </message>
    <message>
        <source>a technician for &quot;%1&quot;</source>
        <translation>a technician for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the workshop person receiving the car</source>
        <translation>the workshop person receiving the car</translation>
    </message>
    <message>
        <source>a finding for the customer to decide on</source>
        <translation>a finding for the customer to decide on</translation>
    </message>
    <message numerus="yes">
        <source>the customer&apos;s decision on %n finding(s)</source>
        <translation>
            <numerusform>the customer&apos;s decision on %n finding</numerusform>
            <numerusform>the customer&apos;s decision on %n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>a correction, or &quot;no fault found&quot;, for the concern &quot;%1&quot;</source>
        <translation>a correction, or &quot;no fault found&quot;, for the concern &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the name of the quality inspector</source>
        <translation>the name of the quality inspector</translation>
    </message>
    <message>
        <source>what the workshop must put right</source>
        <translation>what the workshop must put right</translation>
    </message>
    <message>
        <source>the reason for cancelling</source>
        <translation>the reason for cancelling</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>Line %1 needs a description.</source>
        <translation>Line %1 needs a description.</translation>
    </message>
    <message>
        <source>The description of line %1 is longer than 200 characters.</source>
        <translation>The description of line %1 is longer than 200 characters.</translation>
    </message>
    <message>
        <source>Line %1 has an unknown kind &quot;%2&quot;.</source>
        <translation>Line %1 has an unknown kind &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has an unknown pay type &quot;%2&quot;.</source>
        <translation>%1 has an unknown pay type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 needs its sold hours (more than 0).</source>
        <translation>%1 needs its sold hours (more than 0).</translation>
    </message>
    <message>
        <source>%1 has a negative labor rate.</source>
        <translation>%1 has a negative labor rate.</translation>
    </message>
    <message>
        <source>%1 needs a quantity above 0.</source>
        <translation>%1 needs a quantity above 0.</translation>
    </message>
    <message>
        <source>%1 has a negative price.</source>
        <translation>%1 has a negative price.</translation>
    </message>
    <message>
        <source>%1 needs its source: OEM, equivalent, reconditioned or customer-supplied.</source>
        <translation>%1 needs its source: OEM, equivalent, reconditioned or customer-supplied.</translation>
    </message>
    <message>
        <source>%1 needs its kind: diagnosis fee, sublet work or materials.</source>
        <translation>%1 needs its kind: diagnosis fee, sublet work or materials.</translation>
    </message>
    <message>
        <source>%1 was %2: note the customer&apos;s reason.</source>
        <translation>%1 was %2: note the customer&apos;s reason.</translation>
    </message>
    <message>
        <source>%1 was deferred: note when to bring it up again.</source>
        <translation>%1 was deferred: note when to bring it up again.</translation>
    </message>
    <message>
        <source>Parts supplied by the customer: the shop gives no quality guarantee for these parts or for work failing because of them.</source>
        <translation>Parts supplied by the customer: the shop gives no quality guarantee for these parts or for work failing because of them.</translation>
    </message>
    <message>
        <source>the repair authorization printed again for the customer&apos;s signature: the estimate changed since it was printed</source>
        <translation>the repair authorization printed again for the customer&apos;s signature: the estimate changed since it was printed</translation>
    </message>
    <message>
        <source>the repair authorization printed for the customer&apos;s signature</source>
        <translation>the repair authorization printed for the customer&apos;s signature</translation>
    </message>
    <message>
        <source>Settlement reversed</source>
        <translation>Settlement reversed</translation>
    </message>
    <message>
        <source>the pickup checklist: %1</source>
        <translation>the pickup checklist: %1</translation>
    </message>
    <message>
        <source>the reason for the reversal</source>
        <translation>the reason for the reversal</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>a decision on the walk-around&apos;s finding &quot;%1&quot; (%2): in the estimate, recommended for later, or declined by the customer</source>
        <translation>a decision on the walk-around&apos;s finding &quot;%1&quot; (%2): in the estimate, recommended for later, or declined by the customer</translation>
    </message>
</context>
<context>
    <name>dd::WorkOrderStore</name>
    <message>
        <source>The work order is no longer on record.</source>
        <translation>The work order is no longer on record.</translation>
    </message>
    <message>
        <source>The customer authorized work order %1; its estimate can no longer change. New work goes through add-on approval.</source>
        <translation>The customer authorized work order %1; its estimate can no longer change. New work goes through add-on approval.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a work-order type.</source>
        <translation>&quot;%1&quot; is not a work-order type.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repair category.</source>
        <translation>&quot;%1&quot; is not a repair category.</translation>
    </message>
    <message>
        <source>A concern is longer than 500 characters; split it in two.</source>
        <translation>A concern is longer than 500 characters; split it in two.</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>Work order %1</translation>
    </message>
    <message>
        <source>Work order %1 is %2: its causes and corrections are final.</source>
        <translation>Work order %1 is %2: its causes and corrections are final.</translation>
    </message>
    <message>
        <source>A concern of work order %1 changed at another station; reload it.</source>
        <translation>A concern of work order %1 changed at another station; reload it.</translation>
    </message>
    <message>
        <source>Work order %1 is %2: its technicians are final.</source>
        <translation>Work order %1 is %2: its technicians are final.</translation>
    </message>
    <message>
        <source>That labor line is no longer on work order %1.</source>
        <translation>That labor line is no longer on work order %1.</translation>
    </message>
    <message>
        <source>Choose the technician.</source>
        <translation>Choose the technician.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; needs %3.</source>
        <translation>%1: &quot;%2&quot; needs %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A work order is settled at the cashier desk (Ctrl+5), with its payments; a settlement is reversed there, with a service manager&apos;s approval.</source>
        <translation>A work order is settled at the cashier desk (Ctrl+5), with its payments; a settlement is reversed there, with a service manager&apos;s approval.</translation>
    </message>
    <message>
        <source>%1 is no longer on the list of active technicians; choose another.</source>
        <translation>%1 is no longer on the list of active technicians; choose another.</translation>
    </message>
    <message>
        <source>The odometer reads %L1 km as the car leaves, less than the %L2 km read at check-in. Read it again; leave the field empty if it cannot be read.</source>
        <translation>The odometer reads %L1 km as the car leaves, less than the %L2 km read at check-in. Read it again; leave the field empty if it cannot be read.</translation>
    </message>
    <message>
        <source>The odometer reads %L1 km as the car leaves, %L2 km more than at check-in. Check the figure.</source>
        <translation>The odometer reads %L1 km as the car leaves, %L2 km more than at check-in. Check the figure.</translation>
    </message>
</context>
<context>
    <name>dd::WorkOrdersPage</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>Customer&apos;s words</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation>No fault found</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>choose…</translation>
    </message>
    <message>
        <source>Advisor: %1</source>
        <translation>Advisor: %1</translation>
    </message>
    <message>
        <source>&amp;Work orders in the shop (%1):</source>
        <translation>&amp;Work orders in the shop (%1):</translation>
    </message>
    <message>
        <source>Unsaved work order</source>
        <translation>Unsaved work order</translation>
    </message>
    <message>
        <source>Work order %1 has changes that are not saved yet. Save them now?</source>
        <translation>Work order %1 has changes that are not saved yet. Save them now?</translation>
    </message>
    <message>
        <source>Choose a work order in the list.</source>
        <translation>Choose a work order in the list.</translation>
    </message>
    <message>
        <source>(rework round %1)</source>
        <translation>(rework round %1)</translation>
    </message>
    <message>
        <source>Labor ¥%1 (%2 h) · parts ¥%3 · other ¥%4 · &lt;b&gt;total ¥%5&lt;/b&gt;, of which VAT %6 % ¥%7 · the customer pays ¥%8</source>
        <translation>Labor ¥%1 (%2 h) · parts ¥%3 · other ¥%4 · &lt;b&gt;total ¥%5&lt;/b&gt;, of which VAT %6 % ¥%7 · the customer pays ¥%8</translation>
    </message>
    <message>
        <source>Quality guarantee: %L1 km or %2 days from completion, whichever comes first. %3</source>
        <translation>Quality guarantee: %L1 km or %2 days from completion, whichever comes first. %3</translation>
    </message>
    <message>
        <source>A completion certificate is issued after the quality check.</source>
        <translation>A completion certificate is issued after the quality check.</translation>
    </message>
    <message>
        <source>No completion certificate: the release notice goes with the car.</source>
        <translation>No completion certificate: the release notice goes with the car.</translation>
    </message>
    <message>
        <source>Note your changes, then open the work order again to see theirs.</source>
        <translation>Note your changes, then open the work order again to see theirs.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Saved at %1.</translation>
    </message>
    <message>
        <source>Received in the workshop by:</source>
        <translation>Received in the workshop by:</translation>
    </message>
    <message>
        <source>Quality inspector:</source>
        <translation>Quality inspector:</translation>
    </message>
    <message>
        <source>What must the workshop put right?</source>
        <translation>What must the workshop put right?</translation>
    </message>
    <message>
        <source>Why is the work order cancelled?</source>
        <translation>Why is the work order cancelled?</translation>
    </message>
    <message>
        <source>%1: done. The work order is now %2.</source>
        <translation>%1: done. The work order is now %2.</translation>
    </message>
    <message>
        <source>The finding waits for the customer&apos;s decision on the approvals screen (Ctrl+4).</source>
        <translation>The finding waits for the customer&apos;s decision on the approvals screen (Ctrl+4).</translation>
    </message>
    <message>
        <source>The inspection has no yellow or red findings left to take over.</source>
        <translation>The inspection has no yellow or red findings left to take over.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) taken over from the inspection: check their hours and prices, then save.</source>
        <translation>
            <numerusform>%n line taken over from the inspection: check its hours and price, then save.</numerusform>
            <numerusform>%n lines taken over from the inspection: check their hours and prices, then save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested from %1 h of work, %2 h queued for %n technician(s) and a half-hour margin; change it if parts must be ordered.</source>
        <translation>
            <numerusform>Suggested from %1 h of work, %2 h queued for %n technician and a half-hour margin; change it if parts must be ordered.</numerusform>
            <numerusform>Suggested from %1 h of work, %2 h queued for %n technicians and a half-hour margin; change it if parts must be ordered.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;Promise not kept: tell the customer of the delay&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;Promise not kept: tell the customer of the delay&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Tell the customer by %1</source>
        <translation>Tell the customer by %1</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>Work order %1</translation>
    </message>
    <message>
        <source>Save the work order</source>
        <translation>Save the work order</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <source>Read the list and the open work order again</source>
        <translation>Read the list and the open work order again</translation>
    </message>
    <message>
        <source>Print the repair authorization</source>
        <translation>Print the repair authorization</translation>
    </message>
    <message>
        <source>Tell the customer: ready or delayed</source>
        <translation>Tell the customer: ready or delayed</translation>
    </message>
    <message>
        <source>Take the next step (authorize, hand over, ...)</source>
        <translation>Take the next step (authorize, hand over, ...)</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) overdue</source>
        <translation>
            <numerusform>%n promise overdue</numerusform>
            <numerusform>%n promises overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <source>Before authorizing: decide on the walk-around&apos;s findings not yet in the estimate.</source>
        <translation>Before authorizing: decide on the walk-around&apos;s findings not yet in the estimate.</translation>
    </message>
    <message>
        <source>Already on the estimate</source>
        <translation>Already on the estimate</translation>
    </message>
    <message>
        <source>%1 would add what the estimate has already: %2.

Keep both lines, merge them into one (a part&apos;s quantity adds up, an operation is done once), or skip the job&apos;s line?</source>
        <translation>%1 would add what the estimate has already: %2.

Keep both lines, merge them into one (a part&apos;s quantity adds up, an operation is done once), or skip the job&apos;s line?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Keep both</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Skip them</translation>
    </message>
    <message>
        <source>Type: %1.</source>
        <translation>Type: %1.</translation>
    </message>
    <message>
        <source>The job is %1; the work order stays %2.</source>
        <translation>The job is %1; the work order stays %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) added to the estimate</source>
        <translation>
            <numerusform>%1: %n line added to the estimate</numerusform>
            <numerusform>%1: %n lines added to the estimate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already there (%1)</source>
        <translation>
            <numerusform>, %n already there (%1)</numerusform>
            <numerusform>, %n already there (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>; check them, then save.</source>
        <translation>; check them, then save.</translation>
    </message>
    <message>
        <source>The promise is outside the workshop&apos;s hours (%1–%2).</source>
        <translation>The promise is outside the workshop&apos;s hours (%1–%2).</translation>
    </message>
    <message>
        <source>The estimate has no labor lines to assign.</source>
        <translation>The estimate has no labor lines to assign.</translation>
    </message>
    <message>
        <source>The list of technicians is empty: a workshop controller or an administrator adds them under Settings, Technicians…</source>
        <translation>The list of technicians is empty: a workshop controller or an administrator adds them under Settings, Technicians…</translation>
    </message>
    <message>
        <source>Assign a technician</source>
        <translation>Assign a technician</translation>
    </message>
    <message numerus="yes">
        <source>Who does the %n selected labor line(s)?</source>
        <translation>
            <numerusform>Who does the %n selected labor line?</numerusform>
            <numerusform>Who does the %n selected labor lines?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Who does all %n labor line(s) of %1?</source>
        <translation>
            <numerusform>Who does the %n labor line of %1?</numerusform>
            <numerusform>Who does all %n labor lines of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned to %n labor line(s).</source>
        <translation>
            <numerusform>%1 assigned to %n labor line.</numerusform>
            <numerusform>%1 assigned to %n labor lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs %2, and then the workshop person receiving the car. Assign technicians with &quot;Assign technician…&quot; (Alt+C).</source>
        <translation>%1 needs %2, and then the workshop person receiving the car. Assign technicians with &quot;Assign technician…&quot; (Alt+C).</translation>
    </message>
    <message>
        <source>The repair authorization is given to the customer. Once it is signed, on paper or on screen, authorize (Ctrl+Enter).</source>
        <translation>The repair authorization is given to the customer. Once it is signed, on paper or on screen, authorize (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>The customer signs the repair authorization before work starts: print it or have it signed on screen (Ctrl+P), then authorize.</source>
        <translation>The customer signs the repair authorization before work starts: print it or have it signed on screen (Ctrl+P), then authorize.</translation>
    </message>
    <message>
        <source>The car has left with the customer. %1</source>
        <translation>The car has left with the customer. %1</translation>
    </message>
    <message>
        <source>The finding is covered by warranty: its lines are on the work order, and the workshop can go on.</source>
        <translation>The finding is covered by warranty: its lines are on the work order, and the workshop can go on.</translation>
    </message>
</context>
<context>
    <name>dd::ui</name>
    <message>
        <source>Please check your input</source>
        <translation>Please check your input</translation>
    </message>
    <message>
        <source>Changed at another station</source>
        <translation>Changed at another station</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Database not reachable</source>
        <translation>Database not reachable</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>Database busy</translation>
    </message>
    <message>
        <source>DealerDesk</source>
        <translation>DealerDesk</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic *.bmp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.heic *.bmp)</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 file</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Choose another file</translation>
    </message>
    <message>
        <source>%1 is DealerDesk&apos;s own database (or one of its journal files). It cannot be used here; choose another file.</source>
        <translation>%1 is DealerDesk&apos;s own database (or one of its journal files). It cannot be used here; choose another file.</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>Already on file</source>
        <translation>Already on file</translation>
    </message>
</context>
</TS>
