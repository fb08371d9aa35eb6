<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>車輛：</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>日期和時間(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;uration (min):</source>
        <translation>時長(分鐘)(&amp;U)：</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>服務型別(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>服務顧問(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Bay:</source>
        <translation>工位(&amp;B)：</translation>
    </message>
    <message>
        <source>Conc&amp;erns:</source>
        <translation>客戶描述(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Parts to order (yuan):</source>
        <translation>需訂配件金額(元)(&amp;P)：</translation>
    </message>
    <message>
        <source>Dep&amp;osit (yuan):</source>
        <translation>訂金(元)(&amp;O)：</translation>
    </message>
    <message>
        <source>Deposit pa&amp;id</source>
        <translation>訂金已付(&amp;I)</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>前一天(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Ne&amp;xt day</source>
        <translation>後一天(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>未到店(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;ancel appointment…</source>
        <translation>取消預約(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation>記錄回訪電話(&amp;L)…</translation>
    </message>
    <message>
        <source>Appoint&amp;ments of the day</source>
        <translation>當日預約(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Check in… (F4)</source>
        <translation>接待登記(&amp;C)… (F4)</translation>
    </message>
    <message>
        <source>L&amp;oad per advisor and bay</source>
        <translation>顧問與工位負荷(&amp;O)</translation>
    </message>
    <message>
        <source>Ne&amp;w appointment…</source>
        <translation>新建預約(&amp;W)…</translation>
    </message>
    <message>
        <source>Find the vehicle at reception, then book it there (Alt+B).</source>
        <translation>在接待介面找到車輛，然後在那裡預約（Alt+B）。</translation>
    </message>
    <message>
        <source>To conf&amp;irm by phone</source>
        <translation>待電話確認(&amp;I)</translation>
    </message>
    <message>
        <source>P&amp;rint slip…</source>
        <translation>列印預約單(&amp;R)…</translation>
    </message>
    <message>
        <source>The appointment slip for the customer (Ctrl+P)</source>
        <translation>給客戶的維修預約單（Ctrl+P）</translation>
    </message>
    <message>
        <source>Mar&amp;k the no-shows</source>
        <translation>登記爽約(&amp;K)</translation>
    </message>
    <message>
        <source>Every booking of the day whose grace time has passed without the customer (Settings, Workshop hours)</source>
        <translation>當天超過寬限時間客戶仍未到店的所有預約（設定 &gt; 車間營業時間）</translation>
    </message>
    <message>
        <source>Timeline b&amp;y advisor and bay</source>
        <translation>時間軸：按顧問和工位(&amp;Y)</translation>
    </message>
    <message>
        <source>Green: free. Arrows move between bookings, Enter opens one.</source>
        <translation>綠色為空閒。方向鍵在預約之間移動，Enter 開啟預約。</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>&amp;Waiting for the customer:</source>
        <translation>等待客戶確認(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Record the decision…</source>
        <translation>記錄客戶決定(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Decided, workshop not told yet:</source>
        <translation>已決定、尚未通知車間(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Tell the workshop…</source>
        <translation>通知車間(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Print for signature…</source>
        <translation>列印簽字單(&amp;P)…</translation>
    </message>
    <message>
        <source>The add-on repair approval form for the customer&apos;s signature</source>
        <translation>給客戶簽字的增修確認單</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>審計日誌</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>操作人(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Record t&amp;ype:</source>
        <translation>記錄型別(&amp;Y):</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>從(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>校驗鏈(&amp;V)</translation>
    </message>
    <message>
        <source>Recompute every audit row&apos;s hash and check that none was changed, removed or slipped in</source>
        <translation>重新計算每筆稽核記錄的雜湊，檢查沒有記錄被修改、刪除或插入</translation>
    </message>
    <message>
        <source>Find in the &amp;list:</source>
        <translation>在清單中尋找(&amp;L)：</translation>
    </message>
    <message>
        <source>a name, a station, a plate, a number…</source>
        <translation>姓名、工作站、車牌、單號……</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>操作(&amp;O)：</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>匯出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>The rows shown, as they are filtered, in a CSV file for Excel</source>
        <translation>把目前篩選後顯示的記錄匯出為 CSV 檔（可用 Excel 開啟）</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Reminder call</source>
        <translation>預約提醒電話</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>預約：</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>撥打：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>結果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>What was agreed; why the customer cancelled</source>
        <translation>約定內容；客戶取消的原因</translation>
    </message>
    <message>
        <source>Earlier calls</source>
        <translation>此前的電話</translation>
    </message>
</context>
<context>
    <name>CannedJobDialog</name>
    <message>
        <source>Add a job</source>
        <translation>新增套餐</translation>
    </message>
    <message>
        <source>&amp;Jobs:</source>
        <translation>套餐(&amp;J)：</translation>
    </message>
    <message>
        <source>What it &amp;contains, priced for this car:</source>
        <translation>套餐內容（按本車計價）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Who pays:</source>
        <translation>付費方(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>CashierPage</name>
    <message>
        <source>Scan the barcode on the customer&apos;s form anywhere on this screen, or type the work-order or statement number:</source>
        <translation>在本介面任意位置掃描客戶單據上的條碼，或輸入工單號或結算單號：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>單號(&amp;N)：</translation>
    </message>
    <message>
        <source>WO… or ST…</source>
        <translation>WO… 或 ST…</translation>
    </message>
    <message>
        <source>Ready for settlement, by promised time</source>
        <translation>待結算（按承諾時間排序）</translation>
    </message>
    <message>
        <source>&amp;Day close…</source>
        <translation>日結(&amp;D)…</translation>
    </message>
    <message>
        <source>L&amp;ine discount…</source>
        <translation>單項折扣(&amp;I)…</translation>
    </message>
    <message>
        <source>A discount on the selected line: a percentage (10%) or an amount (20.00). Only lines the customer pays.</source>
        <translation>給選中的項目打折：百分比（10%）或金額（20.00）。僅限客戶自付的項目。</translation>
    </message>
    <message>
        <source>&amp;Order discount:</source>
        <translation>整單折扣(&amp;O)：</translation>
    </message>
    <message>
        <source>10% or 50.00</source>
        <translation>10% 或 50.00</translation>
    </message>
    <message>
        <source>&amp;Round off (抹零)</source>
        <translation>抹零(&amp;R)</translation>
    </message>
    <message>
        <source>Drops what is below one yuan from what the customer pays, as a recorded discount.</source>
        <translation>去掉客戶應付金額中不足一元的部分，作為一筆有記錄的折扣。</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金額(&amp;A)：</translation>
    </message>
    <message>
        <source>Cash re&amp;ceived:</source>
        <translation>實收現金(&amp;C)：</translation>
    </message>
    <message>
        <source>Ref&amp;erence:</source>
        <translation>流水號(&amp;E)：</translation>
    </message>
    <message>
        <source>transaction or slip no.</source>
        <translation>交易號或籤購單號</translation>
    </message>
    <message>
        <source>Add &amp;payment</source>
        <translation>新增收款(&amp;P)</translation>
    </message>
    <message>
        <source>Remove pa&amp;yment</source>
        <translation>刪除收款(&amp;Y)</translation>
    </message>
    <message>
        <source>Old par&amp;ts:</source>
        <translation>舊件(&amp;T)：</translation>
    </message>
    <message>
        <source>Sett&amp;le (Ctrl+Enter)</source>
        <translation>結算(&amp;L)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Statement (Ctrl+P)</source>
        <translation>結算清單（Ctrl+P）</translation>
    </message>
    <message>
        <source>Release notice (Ctrl+R)</source>
        <translation>出廠通知單（Ctrl+R）</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>衝紅(&amp;V)…</translation>
    </message>
    <message>
        <source>Reversal (冲红): a negative entry with the reason, authorized by a service manager. The work order can then be settled again.</source>
        <translation>衝紅：一筆帶原因的負數記錄，須服務經理授權。之後工單可重新結算。</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Catalogs</source>
        <translation>價目表</translation>
    </message>
    <message>
        <source>&amp;Labor operations</source>
        <translation>工時項目(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Parts price list</source>
        <translation>配件價格表(&amp;P)</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>查詢(&amp;N)：</translation>
    </message>
    <message>
        <source>part number or any part of the name</source>
        <translation>配件號或名稱中的任意部分</translation>
    </message>
    <message>
        <source>Canned &amp;jobs</source>
        <translation>維修套餐(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>匯入 CSV(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check in</source>
        <translation>接待登記</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>車輛：</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>預約：</translation>
    </message>
    <message>
        <source>Person &amp;dropping off:</source>
        <translation>送修人(&amp;D)：</translation>
    </message>
    <message>
        <source>Their p&amp;hone:</source>
        <translation>送修人電話(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Mileage (km):</source>
        <translation>里程(公里)(&amp;M)：</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>尚未讀取</translation>
    </message>
    <message>
        <source>Conc&amp;erns:</source>
        <translation>客戶描述(&amp;E)：</translation>
    </message>
    <message>
        <source>One concern per line, in the customer&apos;s own words</source>
        <translation>每行一條，用客戶自己的話記錄</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>登記投訴</translation>
    </message>
    <message>
        <source>&amp;Customer or vehicle:</source>
        <translation>客戶或車輛(&amp;C):</translation>
    </message>
    <message>
        <source>plate, phone, name or work-order number; Down to choose</source>
        <translation>車牌、電話、姓名或工單號；按↓選擇</translation>
    </message>
    <message>
        <source>&amp;Work order:</source>
        <translation>工單(&amp;W):</translation>
    </message>
    <message>
        <source>Recei&amp;ved through:</source>
        <translation>受理管道(&amp;V):</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>類別(&amp;A):</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>嚴重程度(&amp;E):</translation>
    </message>
    <message>
        <source>What the customer &amp;said:</source>
        <translation>客戶原話(&amp;S):</translation>
    </message>
    <message>
        <source>in the customer&apos;s own words; Ctrl+Enter registers the complaint</source>
        <translation>按客戶原話記錄；Ctrl+Enter 登記投訴</translation>
    </message>
</context>
<context>
    <name>ComplaintStepDialog</name>
    <message>
        <source>Complaint: log a step</source>
        <translation>投訴：記錄處理步驟</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>步驟(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>備註(&amp;N):</translation>
    </message>
    <message>
        <source>what was done, found or said; Ctrl+Enter logs the step</source>
        <translation>所做、所查或所說的內容；Ctrl+Enter 記錄</translation>
    </message>
    <message>
        <source>&amp;Work order no.:</source>
        <translation>工單號(&amp;W):</translation>
    </message>
    <message>
        <source>the comeback or goodwill work order opened at reception</source>
        <translation>在接待處開具的返修或善意補償工單</translation>
    </message>
    <message>
        <source>&amp;Hand over to:</source>
        <translation>移交給(&amp;H):</translation>
    </message>
    <message>
        <source>Customer &amp;satisfied:</source>
        <translation>客戶是否滿意(&amp;S):</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <source>&amp;Open complaints:</source>
        <translation>處理中的投訴(&amp;O):</translation>
    </message>
    <message>
        <source>Also those closed in the last 30 &amp;days</source>
        <translation>同時顯示近 30 天已結案的(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>新投訴(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a complaint received at the counter, by phone, by letter, from the manufacturer&apos;s hotline or online</source>
        <translation>登記在前台、電話、信函、原廠客服轉辦或網上收到的投訴</translation>
    </message>
    <message>
        <source>Log a s&amp;tep…</source>
        <translation>記錄處理(&amp;T)…</translation>
    </message>
    <message>
        <source>On the selected complaint: called, investigated, comeback, goodwill, reply, handover, call-back, reopen (Enter)</source>
        <translation>對所選投訴：致電、調查、返修、善意補償、答覆、移交、回訪確認、重新開啟（Enter）</translation>
    </message>
    <message>
        <source>P&amp;rint the form…</source>
        <translation>列印處理單(&amp;R)…</translation>
    </message>
    <message>
        <source>The complaint-handling form (客户投诉处理单) of the selected complaint</source>
        <translation>所選投訴的客戶投訴處理單</translation>
    </message>
</context>
<context>
    <name>DamageMarkDialog</name>
    <message>
        <source>Damage mark</source>
        <translation>損傷標記</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>發現於：</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>檢視(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>型別(&amp;K)：</translation>
    </message>
    <message>
        <source>Size or &amp;note:</source>
        <translation>大小或備註(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 5 cm, rear bumper corner</source>
        <translation>例如：5 cm，後保險槓角</translation>
    </message>
    <message>
        <source>This visit:</source>
        <translation>本次：</translation>
    </message>
    <message>
        <source>Still &amp;present</source>
        <translation>仍存在(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repaired</source>
        <translation>已修復(&amp;R)</translation>
    </message>
    <message>
        <source>P&amp;hotos:</source>
        <translation>照片(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation>新增照片(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move new photo</source>
        <translation>移除新照片(&amp;M)</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database connection</source>
        <translation>資料庫連線</translation>
    </message>
    <message>
        <source>Where DealerDesk on this PC keeps its data. A change takes effect when DealerDesk starts again; nothing is copied or deleted.</source>
        <translation>本機 DealerDesk 的資料存放位置。修改在 DealerDesk 下次啟動時生效；不會複製或刪除任何資料。</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>瀏覽(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (reception and cashier on several PCs)</source>
        <translation>PostgreSQL 伺服器（接待和結算在多臺電腦上）(&amp;P)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>伺服器(&amp;V):</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10</source>
        <translation>例如 192.168.1.10</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>埠(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>資料庫(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密碼(&amp;W):</translation>
    </message>
    <message>
        <source>only to test; keep it in ~/.pgpass for daily use</source>
        <translation>僅用於測試；日常使用請儲存在 ~/.pgpass 中</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;QLite file on this PC (one counter PC)</source>
        <translation>本機上的 SQLite 檔案（單臺前臺電腦）(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <source>Day close</source>
        <translation>日結</translation>
    </message>
    <message>
        <source>Business &amp;day:</source>
        <translation>營業日(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>匯出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close the day</source>
        <translation>日結關賬(&amp;C)</translation>
    </message>
    <message>
        <source>Discounts given, and who approved them:</source>
        <translation>當日折扣及核准人：</translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation>現金盤點</translation>
    </message>
    <message>
        <source>Cash expected:</source>
        <translation>應有現金：</translation>
    </message>
    <message>
        <source>Cash c&amp;ounted (yuan):</source>
        <translation>實點現金（元）(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. 1250.00</source>
        <translation>例如 1250.00</translation>
    </message>
    <message>
        <source>Over / short:</source>
        <translation>長款 / 短款：</translation>
    </message>
    <message>
        <source>&amp;Reason if over or short:</source>
        <translation>長短款原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Hand over the shift…</source>
        <translation>交班(&amp;H)…</translation>
    </message>
    <message>
        <source>Another cashier takes the desk over: the drawer is counted now, over or short with its reason</source>
        <translation>由另一位收銀員接班：現在盤點錢箱，長短款須註明原因</translation>
    </message>
</context>
<context>
    <name>DealershipSettingsDialog</name>
    <message>
        <source>Dealership settings</source>
        <translation>經銷商設定</translation>
    </message>
    <message>
        <source>&amp;Dealership</source>
        <translation>經銷商(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>店名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A):</translation>
    </message>
    <message>
        <source>e.g. 021-5858 6688</source>
        <translation>例如 021-5858 6688</translation>
    </message>
    <message>
        <source>&amp;Tax number:</source>
        <translation>稅號(&amp;T):</translation>
    </message>
    <message>
        <source>unified social credit code, 18 characters</source>
        <translation>統一社會信用程式碼，18 位</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>標誌:</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>價格(&amp;P)</translation>
    </message>
    <message>
        <source>VAT ra&amp;te (%):</source>
        <translation>增值稅率 (%)(&amp;T):</translation>
    </message>
    <message>
        <source>Labor rates (tax-inclusive, per hour). Rates in use are never deleted; untick Active to retire one.</source>
        <translation>工時單價（含稅，每小時）。已使用的單價不會刪除；取消“啟用”即可停用。</translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation>新增單價(&amp;A)</translation>
    </message>
    <message>
        <source>Each document number is the prefix, the date and a counter that restarts every day, unique across all stations.</source>
        <translation>單據編號由字首、日期和每日重新計數的流水號組成，在所有工作站之間唯一。</translation>
    </message>
    <message>
        <source>&amp;Work orders:</source>
        <translation>維修工單(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Settlements:</source>
        <translation>結算單(&amp;S):</translation>
    </message>
    <message>
        <source>Appoint&amp;ments:</source>
        <translation>預約單(&amp;M):</translation>
    </message>
    <message>
        <source>Printed on the intake sheet and the work order the customer signs.</source>
        <translation>列印在客戶簽字的接車單和委託書上。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <source>Discard your changes here and show what is saved now</source>
        <translation>放棄此處的修改，顯示當前已儲存的內容</translation>
    </message>
    <message>
        <source>&amp;Lock idle PCs after:</source>
        <translation>空閒自動鎖定(&amp;L):</translation>
    </message>
    <message>
        <source>A counter PC nobody touches for this many minutes locks itself (0 = never). Not while a dialog is open.</source>
        <translation>前臺電腦無人操作達到該分鐘數後自動鎖定（0 = 從不）。有對話方塊開啟時不會鎖定。</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>電話(&amp;H):</translation>
    </message>
    <message>
        <source>Choose &amp;image...</source>
        <translation>選擇圖片(&amp;I)...</translation>
    </message>
    <message>
        <source>Doc&amp;ument numbers</source>
        <translation>單據編號(&amp;U)</translation>
    </message>
    <message>
        <source>Hando&amp;ver terms</source>
        <translation>交車條款(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Greet arrivals within:</source>
        <translation>到店接待時限(&amp;G)：</translation>
    </message>
    <message>
        <source>A vehicle waiting longer than this since its arrival with no advisor is shown in red on the reception board.</source>
        <translation>車輛到店後超過此時間仍無服務顧問接待，將在接待看板上以紅色顯示。</translation>
    </message>
    <message>
        <source>An add-on finding waiting longer than this for the customer&apos;s decision is highlighted on the approvals screen.</source>
        <translation>等待客戶決定超過此時間的增修項目在增修確認頁中突出顯示。</translation>
    </message>
    <message>
        <source>Approvals &amp;waiting over:</source>
        <translation>增修等待超過(&amp;W)：</translation>
    </message>
    <message>
        <source>Advisor dis&amp;count limit (%):</source>
        <translation>服務顧問折扣上限（%）(&amp;C)：</translation>
    </message>
    <message>
        <source>The discount a service advisor may grant alone, as a share of what the customer pays. Above it a service manager approves at the counter.</source>
        <translation>服務顧問可自行給予的折扣，佔客戶應付金額的比例。超過時須服務經理在櫃檯批准。</translation>
    </message>
    <message>
        <source>Cashi&amp;er discount limit (%):</source>
        <translation>結帳員折扣上限（%）(&amp;E)：</translation>
    </message>
    <message>
        <source>The discount a cashier may grant alone, as a share of what the customer pays. Above it a service manager approves at the counter.</source>
        <translation>結帳員可自行給予的折扣，佔客戶應付金額的比例。超過時須服務經理在櫃檯批准。</translation>
    </message>
    <message>
        <source>Service interval by distance (&amp;km):</source>
        <translation>保養間隔里程（公里）(&amp;K)：</translation>
    </message>
    <message>
        <source>The next maintenance printed on the release notice: this distance after the odometer reading at delivery.</source>
        <translation>出廠通知單上列印的下次保養：交車時里程錶讀數再加上此里程。</translation>
    </message>
    <message>
        <source>Service interval b&amp;y time (months):</source>
        <translation>保養間隔時間（月）(&amp;Y)：</translation>
    </message>
    <message>
        <source>The next maintenance printed on the release notice: this many months after delivery, whichever comes first.</source>
        <translation>出廠通知單上列印的下次保養：交車後這麼多個月，以先到者為準。</translation>
    </message>
    <message>
        <source>De&amp;fault labor rate:</source>
        <translation>預設工時費率(&amp;F)：</translation>
    </message>
    <message>
        <source>The labor rate a new estimate line starts with. Lines from the labor catalog keep their operation&apos;s own category.</source>
        <translation>新增估價行預設採用的工時費率。取自工時目錄的行仍按其項目本身的工種計價。</translation>
    </message>
    <message>
        <source>W&amp;orkshop hours</source>
        <translation>車間營業時間(&amp;O)</translation>
    </message>
    <message>
        <source>Promises and their suggestions stay inside these hours; work that does not fit goes on to the next workday.</source>
        <translation>承諾交車時間及其建議值都在此營業時間內；當天做不完的工作順延到下一個工作日。</translation>
    </message>
    <message>
        <source>Ope&amp;ns at:</source>
        <translation>開門時間(&amp;N)：</translation>
    </message>
    <message>
        <source>Closes &amp;at:</source>
        <translation>關門時間(&amp;A)：</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>休息日：</translation>
    </message>
    <message>
        <source>No-&amp;show after:</source>
        <translation>爽約判定(&amp;S)：</translation>
    </message>
    <message>
        <source>A booking whose time has passed is shown late; once this many minutes have passed without the customer, as a no-show to record.</source>
        <translation>預約時間已過即顯示為遲到；超過此分鐘數客戶仍未到店，則顯示為待登記的爽約。</translation>
    </message>
    <message>
        <source>Completion &amp;certificates:</source>
        <translation>竣工合格證(&amp;C)：</translation>
    </message>
    <message>
        <source>合格证编号: given when the quality check passes a level-2 maintenance or a major repair</source>
        <translation>合格證編號：二級維護或大修經竣工檢驗合格時編發</translation>
    </message>
    <message>
        <source>Quality guarantee committed (never below the legal minimum)</source>
        <translation>承諾的品質保證期（不得低於法定最低標準）</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>legal minimum</source>
        <translation>法定最低</translation>
    </message>
    <message>
        <source>Comp&amp;laints:</source>
        <translation>投訴單(&amp;L):</translation>
    </message>
    <message>
        <source>The number printed on the complaint-handling form (客户投诉处理单)</source>
        <translation>印在客戶投訴處理單上的編號</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>The customer&apos;s decision</source>
        <translation>客戶決定</translation>
    </message>
    <message>
        <source>&amp;Lines: a decision for each</source>
        <translation>項目(&amp;L)：逐項決定</translation>
    </message>
    <message>
        <source>Appro&amp;ve all</source>
        <translation>全部批准(&amp;V)</translation>
    </message>
    <message>
        <source>Who decided, and how</source>
        <translation>決定人及確認方式</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>決定人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Number used:</source>
        <translation>聯絡號碼(&amp;N)：</translation>
    </message>
    <message>
        <source>Decided &amp;at:</source>
        <translation>決定時間(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Delivery</source>
        <translation>交車</translation>
    </message>
    <message>
        <source>Telling the customer</source>
        <translation>通知客戶</translation>
    </message>
    <message>
        <source>&amp;Notification:</source>
        <translation>通知(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Reason given:</source>
        <translation>告知原因(&amp;R)：</translation>
    </message>
    <message>
        <source>delay: why, with the apology given</source>
        <translation>延誤：原因及致歉</translation>
    </message>
    <message>
        <source>New &amp;promise:</source>
        <translation>新的承諾時間(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Log notification</source>
        <translation>記錄通知(&amp;L)</translation>
    </message>
    <message>
        <source>Pickup checklist</source>
        <translation>交車核對</translation>
    </message>
    <message>
        <source>R&amp;emarks:</source>
        <translation>備註(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Deliver the car</source>
        <translation>交車(&amp;D)</translation>
    </message>
    <message>
        <source>Odo&amp;meter out:</source>
        <translation>出廠里程(&amp;M)：</translation>
    </message>
    <message>
        <source>km, if read</source>
        <translation>公里（如已讀取）</translation>
    </message>
    <message>
        <source>The odometer as the car leaves; printed on the settlement statement and the completion certificate</source>
        <translation>車輛出廠時的里程表讀數；列印在結算清單和竣工出廠合格證上</translation>
    </message>
</context>
<context>
    <name>DispatchBoardPage</name>
    <message>
        <source>&amp;Work in the shop:</source>
        <translation>在修車輛(&amp;W)：</translation>
    </message>
    <message>
        <source>Find on the &amp;board:</source>
        <translation>在看板中尋找(&amp;B)：</translation>
    </message>
    <message>
        <source>a plate, a technician, a number…</source>
        <translation>車牌、技師、工單號…</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Add-on finding</source>
        <translation>增修項目</translation>
    </message>
    <message>
        <source>&amp;Found:</source>
        <translation>發現問題(&amp;F)：</translation>
    </message>
    <message>
        <source>e.g. right front shock absorber leaking</source>
        <translation>例如：右前減震器漏油</translation>
    </message>
    <message>
        <source>&amp;Why it is needed:</source>
        <translation>維修原因(&amp;W)：</translation>
    </message>
    <message>
        <source>in words the customer understands</source>
        <translation>用客戶能理解的話</translation>
    </message>
    <message>
        <source>Safety:</source>
        <translation>安全：</translation>
    </message>
    <message>
        <source>&amp;Safety-critical</source>
        <translation>涉及安全(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;xtra time:</source>
        <translation>增加時間(&amp;X)：</translation>
    </message>
    <message>
        <source>why not: what the advisor tells the customer</source>
        <translation>不保修的原因：顧問告訴客戶的說法</translation>
    </message>
    <message>
        <source>&amp;Proposed work:</source>
        <translation>建議維修項目(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation>新增項目(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>刪除項目(&amp;R)</translation>
    </message>
    <message>
        <source>Warrant&amp;y:</source>
        <translation>保修(&amp;Y)：</translation>
    </message>
    <message>
        <source>P&amp;hotos…</source>
        <translation>照片(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to DealerDesk</source>
        <translation>歡迎使用 DealerDesk</translation>
    </message>
    <message>
        <source>Set up DealerDesk</source>
        <translation>設定 DealerDesk</translation>
    </message>
    <message>
        <source>This database is new. Create the administrator account that manages users and settings. DealerDesk has no default password: choose one now and keep it safe.</source>
        <translation>這是一個新資料庫。請建立管理使用者和設定的管理員帳號。DealerDesk 沒有預設密碼：請現在設定一個並妥善保管。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>例如 admin</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P):</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 個字元</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>確認密碼(&amp;R):</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>開始方式</translation>
    </message>
    <message>
        <source>An &amp;empty dealership: enter your own data</source>
        <translation>空白經銷商：錄入自己的資料(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Dealership name:</source>
        <translation>經銷商名稱(&amp;D):</translation>
    </message>
    <message>
        <source>printed on every form</source>
        <translation>列印在每張單據上</translation>
    </message>
    <message>
        <source>The de&amp;mo dealership: sample data for trying things out and for training</source>
        <translation>演示經銷商：用於試用和培訓的示例資料(&amp;M)</translation>
    </message>
    <message>
        <source>Sign-in &amp;name:</source>
        <translation>登入帳號(&amp;N):</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>經銷商</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>not set yet: enter it under Settings &gt; Dealership after signing in</source>
        <translation>尚未設定：登入後在「設定 &gt; 經銷商」中填寫</translation>
    </message>
    <message>
        <source>The dealership, its staff and its data stay as they are.</source>
        <translation>經銷商、員工及其資料保持不變。</translation>
    </message>
</context>
<context>
    <name>FollowUpCallDialog</name>
    <message>
        <source>Follow-up call</source>
        <translation>回訪電話</translation>
    </message>
    <message>
        <source>&amp;Number dialled:</source>
        <translation>撥打號碼(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O)：</translation>
    </message>
    <message>
        <source>Call &amp;back at:</source>
        <translation>回電時間(&amp;B)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>備註(&amp;T)：</translation>
    </message>
    <message>
        <source>what the customer said</source>
        <translation>客戶說了什麼</translation>
    </message>
    <message>
        <source>Satisfaction questions: each 1 (poor) to 10 (excellent), — when not answered</source>
        <translation>滿意度問題：每項 1（很差）至 10（很好），未回答為 —</translation>
    </message>
    <message>
        <source>Service &amp;initiation (booking, greeting):</source>
        <translation>服務啟動（預約、接待）(&amp;I):</translation>
    </message>
    <message>
        <source>Service a&amp;dvisor:</source>
        <translation>服務顧問(&amp;D):</translation>
    </message>
    <message>
        <source>Faci&amp;lity:</source>
        <translation>服務設施(&amp;L):</translation>
    </message>
    <message>
        <source>Vehicle &amp;pick-up:</source>
        <translation>交車(&amp;P):</translation>
    </message>
    <message>
        <source>Service &amp;quality:</source>
        <translation>服務品質(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Would recommend us (0–10):</source>
        <translation>推薦意願（0–10）(&amp;W):</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>客戶評價(&amp;M):</translation>
    </message>
    <message>
        <source>the customer&apos;s own words on the visit</source>
        <translation>客戶對本次來店的原話</translation>
    </message>
</context>
<context>
    <name>FollowUpMessageDialog</name>
    <message>
        <source>A message instead of the call</source>
        <translation>以訊息代替回訪電話</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>方式(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>傳送給(&amp;T):</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>內容(&amp;X):</translation>
    </message>
    <message>
        <source>Queued for today&apos;s export to the shop&apos;s SMS platform (dealerdesk messages); a letter is printed and posted. Ctrl+Enter queues it.</source>
        <translation>加入今天匯出給本店簡訊平台的清單（dealerdesk messages）；信函列印後郵寄。按 Ctrl+Enter 加入。</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>&amp;Calls to make:</source>
        <translation>待回訪(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Log the call…</source>
        <translation>登記回訪(&amp;L)…</translation>
    </message>
    <message>
        <source>The outcome of a call to the selected customer: reached, no answer, busy, wrong number, call back later, refused (Enter)</source>
        <translation>登記對所選客戶的一次回訪結果：已聯繫上、無人接聽、佔線、號碼錯誤、稍後回電、拒絕（Enter）</translation>
    </message>
    <message>
        <source>Call &amp;queue</source>
        <translation>回訪佇列(&amp;Q)</translation>
    </message>
    <message>
        <source>Re&amp;gister a complaint…</source>
        <translation>登記投訴(&amp;G)…</translation>
    </message>
    <message>
        <source>The customer on the selected call complains: register it with the call attached</source>
        <translation>所選回訪的客戶有投訴：登記並附上此次回訪</translation>
    </message>
    <message>
        <source>Com&amp;plaints</source>
        <translation>投訴(&amp;P)</translation>
    </message>
    <message>
        <source>Send a &amp;message instead…</source>
        <translation>改發訊息(&amp;M)…</translation>
    </message>
    <message>
        <source>Not reached after the tries the dealership allows: an SMS, a WeChat message or a letter instead of the call</source>
        <translation>按規定次數仍未聯繫上：改發簡訊、微信或信函代替電話</translation>
    </message>
</context>
<context>
    <name>FollowUpRulesDialog</name>
    <message>
        <source>Follow-up and complaint rules</source>
        <translation>回訪與投訴規則</translation>
    </message>
    <message>
        <source>When the follow-up calls fall due after a delivery, who calls, when a call turns into a message, the satisfaction survey and the complaint deadlines. Every PC uses these rules from the next delivery, call or complaint.</source>
        <translation>交車後何時回訪、由誰回訪、何時改發簡訊、滿意度調查以及投訴期限。所有電腦從下一次交車、回訪或投訴起使用這些規則。</translation>
    </message>
    <message>
        <source>&amp;Big job from (¥):</source>
        <translation>大額維修起點（¥）(&amp;B):</translation>
    </message>
    <message>
        <source>A visit of this amount or more is called the next day, with a second call a week later (0: by amount never)</source>
        <translation>達到此金額的來店次日回訪，一週後再回訪一次（0：不按金額）</translation>
    </message>
    <message>
        <source>... or &amp;sold hours from:</source>
        <translation>……或銷售工時起點(&amp;S):</translation>
    </message>
    <message>
        <source>Sold labor hours from which a visit is a big job (0: by hours never)</source>
        <translation>達到此銷售工時即為大額維修（0：不按工時）</translation>
    </message>
    <message>
        <source>&amp;First call, days after delivery:</source>
        <translation>首次回訪，交車後天數(&amp;F):</translation>
    </message>
    <message>
        <source>Other visits: the first call falls this many days after the car left (seed 001: 2 days to a week)</source>
        <translation>其他來店：交車後第幾天首次回訪（2 天至 1 週）</translation>
    </message>
    <message>
        <source>S&amp;econd call, days after the first:</source>
        <translation>二次回訪，首次後天數(&amp;E):</translation>
    </message>
    <message>
        <source>Big and repeat jobs: a second call checks the repair holds</source>
        <translation>大額和返修：二次回訪確認維修效果</translation>
    </message>
    <message>
        <source>The advisor who served the customer does not make the &amp;call</source>
        <translation>接待該客戶的服務顧問不得親自回訪(&amp;C)</translation>
    </message>
    <message>
        <source>As Chinese 4S practice asks: the follow-up call is made by someone else</source>
        <translation>按 4S 店慣例：回訪由他人進行</translation>
    </message>
    <message>
        <source>Message after failed &amp;attempts:</source>
        <translation>撥打失敗幾次後改發訊息(&amp;A):</translation>
    </message>
    <message>
        <source>Not reached this many times: an SMS, WeChat message or letter instead</source>
        <translation>未聯繫上達到此次數：改發簡訊、微信或信函</translation>
    </message>
    <message>
        <source>... or after &amp;days not reached:</source>
        <translation>……或未聯繫上幾天後(&amp;D):</translation>
    </message>
    <message>
        <source>Days after the call fell due without reaching the customer</source>
        <translation>回訪到期後仍未聯繫上客戶的天數</translation>
    </message>
    <message>
        <source>Survey &amp;gap (days):</source>
        <translation>調查間隔（天）(&amp;G):</translation>
    </message>
    <message>
        <source>No customer is asked the satisfaction questions twice within this</source>
        <translation>同一客戶在此期間內不重複做滿意度調查</translation>
    </message>
    <message>
        <source>&amp;Low score, opens a complaint:</source>
        <translation>低分線，開立投訴(&amp;L):</translation>
    </message>
    <message>
        <source>A factor or the recommend question at or below this opens a complaint for the service manager</source>
        <translation>任一項或推薦意願不高於此分數，即為服務經理開立投訴</translation>
    </message>
    <message>
        <source>General complaint: first &amp;reply within (h):</source>
        <translation>一般投訴：首次答覆時限（小時）(&amp;R):</translation>
    </message>
    <message>
        <source>Seed 002: inquiries answered within 24 hours</source>
        <translation>諮詢在 24 小時內答覆</translation>
    </message>
    <message>
        <source>General complaint: res&amp;olved within (h):</source>
        <translation>一般投訴：處理完成時限（小時）(&amp;O):</translation>
    </message>
    <message>
        <source>Seed 002: complaints handled within 48 hours</source>
        <translation>投訴在 48 小時內處理完畢</translation>
    </message>
    <message>
        <source>&amp;Major complaint: first reply within (h):</source>
        <translation>重大投訴：首次答覆時限（小時）(&amp;M):</translation>
    </message>
    <message>
        <source>Compensation, or beyond the clerk: the service manager&apos;s</source>
        <translation>涉及賠償或客服專員無法解決：由服務經理處理</translation>
    </message>
    <message>
        <source>Ma&amp;jor complaint: resolved within (h):</source>
        <translation>重大投訴：處理完成時限（小時）(&amp;J):</translation>
    </message>
    <message>
        <source>Message &amp;text instead of a call:</source>
        <translation>代替電話的訊息內容(&amp;T):</translation>
    </message>
    <message>
        <source>Fields: {name}, {plate}, {date}, {amount}, {shop}, {phone}. Empty: the default text</source>
        <translation>可用欄位：{name}、{plate}、{date}、{amount}、{shop}、{phone}。留空：使用預設內容</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Set-up checklist</source>
        <translation>設定檢查清單</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>使用者(&amp;U)...</translation>
    </message>
    <message>
        <source>&amp;Back up now...</source>
        <translation>立即備份(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Dealership settings...</source>
        <translation>經銷商設定(&amp;D)...</translation>
    </message>
</context>
<context>
    <name>InspectionFindingsDialog</name>
    <message>
        <source>Findings of the inspection</source>
        <translation>環車檢查發現的問題</translation>
    </message>
    <message>
        <source>Yellow and red quick checks of the walk-around. Put each into this visit&apos;s estimate (priced at half an hour to start with; adjust the line), recommend it for later (it comes back at the next visit), or leave it.</source>
        <translation>環車檢查中黃色和紅色的快速檢查項。逐項選擇：加入本次估價（先按半小時工時計價，請調整該項目）、建議以後維修（下次到店時會再次提示），或不處理。</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>&amp;Vehicles in the shop:</source>
        <translation>在廠車輛(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Key cabinet…</source>
        <translation>鑰匙櫃(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;1 Body damage</source>
        <translation>&amp;1 車身損傷</translation>
    </message>
    <message>
        <source>Click the car to mark damage. Drag a new mark to move it; Delete removes it; Page Down steps through the marks.</source>
        <translation>點選車身標記損傷。拖動新標記可移動；Delete 刪除；Page Down 逐個選擇標記。</translation>
    </message>
    <message>
        <source>&amp;Add mark…</source>
        <translation>新增標記(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open mark…</source>
        <translation>開啟標記(&amp;O)…</translation>
    </message>
    <message>
        <source>Still &amp;present</source>
        <translation>仍存在(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repaired</source>
        <translation>已修復(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;move mark</source>
        <translation>刪除標記(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;2 Readings and checks</source>
        <translation>&amp;2 讀數與檢查</translation>
    </message>
    <message>
        <source>&amp;Odometer (km):</source>
        <translation>里程錶(公里)(&amp;O)：</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>尚未讀取</translation>
    </message>
    <message>
        <source>&amp;Why lower:</source>
        <translation>偏低原因(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. instrument cluster replaced on 2026-03-02</source>
        <translation>例如：2026-03-02 更換儀表總成</translation>
    </message>
    <message>
        <source>Fuel &amp;level:</source>
        <translation>燃油量(&amp;L)：</translation>
    </message>
    <message>
        <source>Warning lamps on</source>
        <translation>亮起的故障燈</translation>
    </message>
    <message>
        <source>Quick checks</source>
        <translation>快速檢查</translation>
    </message>
    <message>
        <source>&amp;3 Handover and key</source>
        <translation>&amp;3 交接與鑰匙</translation>
    </message>
    <message>
        <source>Belongings in the car</source>
        <translation>隨車物品</translation>
    </message>
    <message>
        <source>&amp;Other belongings:</source>
        <translation>其他物品(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. child seat, umbrella</source>
        <translation>例如：兒童座椅、雨傘</translation>
    </message>
    <message>
        <source>Valuables:</source>
        <translation>貴重物品：</translation>
    </message>
    <message>
        <source>Customer &amp;reminded to take valuables</source>
        <translation>已提醒客戶帶走貴重物品(&amp;R)</translation>
    </message>
    <message>
        <source>Old parts:</source>
        <translation>舊件：</translation>
    </message>
    <message>
        <source>Customer &amp;takes them</source>
        <translation>客戶帶走(&amp;T)</translation>
    </message>
    <message>
        <source>Shop &amp;disposes of them</source>
        <translation>由店方處理(&amp;D)</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服務：</translation>
    </message>
    <message>
        <source>&amp;Protective covers fitted</source>
        <translation>已鋪三件套(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Wash wanted</source>
        <translation>需要洗車(&amp;W)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客戶：</translation>
    </message>
    <message>
        <source>Leaves the c&amp;ar</source>
        <translation>留車離店(&amp;A)</translation>
    </message>
    <message>
        <source>Waits in the &amp;lounge</source>
        <translation>在休息區等候(&amp;L)</translation>
    </message>
    <message>
        <source>Key ta&amp;g:</source>
        <translation>鑰匙牌號(&amp;G)：</translation>
    </message>
    <message>
        <source>e.g. A07</source>
        <translation>例如：A07</translation>
    </message>
    <message>
        <source>Pro&amp;mised ready by:</source>
        <translation>承諾交車時間(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;no time promised yet</source>
        <translation>尚未承諾時間(&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>&amp;Complete inspection</source>
        <translation>完成檢查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>撤銷更改(&amp;U)</translation>
    </message>
    <message>
        <source>Print &amp;intake sheet…</source>
        <translation>列印接車單(&amp;I)…</translation>
    </message>
    <message>
        <source>S&amp;tate of charge (%):</source>
        <translation>電量（%）(&amp;T)：</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未讀取</translation>
    </message>
    <message>
        <source>Displa&amp;yed range (km):</source>
        <translation>顯示續航（公里）(&amp;Y)：</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>重新整理列表</translation>
    </message>
    <message>
        <source>Read the list of vehicles again (F5)</source>
        <translation>重新讀取車輛列表（F5）</translation>
    </message>
    <message>
        <source>On to the &amp;estimate</source>
        <translation>前往估價(&amp;E)</translation>
    </message>
    <message>
        <source>The work order of this car: its lines, prices and the promised time (Ctrl+E)</source>
        <translation>這輛車的工單：維修項目、價格和承諾交車時間（Ctrl+E）</translation>
    </message>
</context>
<context>
    <name>KeyCabinetDialog</name>
    <message>
        <source>Key cabinet</source>
        <translation>鑰匙櫃</translation>
    </message>
    <message>
        <source>&amp;Find tag or plate:</source>
        <translation>查詢牌號或車牌(&amp;F)：</translation>
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
        <translation>工作臺</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>鎖定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock this PC&apos;s DealerDesk until a password is entered</source>
        <translation>鎖定本機的 DealerDesk，直到輸入密碼</translation>
    </message>
    <message>
        <source>S&amp;witch user...</source>
        <translation>切換使用者(&amp;W)...</translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation>修改我的密碼(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Back up database...</source>
        <translation>備份資料庫(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Dealership settings...</source>
        <translation>經銷商設定(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>使用者(&amp;U)...</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About DealerDesk</source>
        <translation>關於 DealerDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Data&amp;base connection...</source>
        <translation>資料庫連線(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Catalogs...</source>
        <translation>價目表(&amp;C)...</translation>
    </message>
    <message>
        <source>Labor operations, the parts price list and canned jobs, with CSV import</source>
        <translation>工時項目、配件價格表和維修套餐，可匯入 CSV</translation>
    </message>
    <message>
        <source>&amp;Technicians...</source>
        <translation>技師(&amp;T)...</translation>
    </message>
    <message>
        <source>The workshop&apos;s technicians, their teams and grades, for the labor lines</source>
        <translation>車間技師及其班組和等級，供工時項目派工</translation>
    </message>
    <message>
        <source>&amp;Follow-up and complaint rules...</source>
        <translation>回訪與投訴規則(&amp;F)...</translation>
    </message>
    <message>
        <source>When the follow-up calls fall due, who calls, retries, the survey and the complaint deadlines</source>
        <translation>何時回訪、由誰回訪、重撥、滿意度調查和投訴期限</translation>
    </message>
</context>
<context>
    <name>ManagerApprovalDialog</name>
    <message>
        <source>Service manager&apos;s approval</source>
        <translation>服務經理批准</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>經理(&amp;M)：</translation>
    </message>
    <message>
        <source>sign-in name</source>
        <translation>登入帳號</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>設定密碼</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密碼(&amp;N):</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 個字元</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>確認密碼(&amp;R):</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>當前密碼(&amp;U):</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>列印預覽</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>適合寬度(&amp;W)</translation>
    </message>
    <message>
        <source>Whole &amp;page</source>
        <translation>整頁(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>份數(&amp;C)：</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>列印(&amp;R)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Printing &amp;history:</source>
        <translation>列印記錄(&amp;H)：</translation>
    </message>
    <message>
        <source>Reprin&amp;t selected…</source>
        <translation>補打所選(&amp;T)…</translation>
    </message>
    <message>
        <source>Customer &amp;signs on screen…</source>
        <translation>客戶螢幕簽名(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>PrintTemplate</name>
    <message>
        <source>Work order</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>進廠時間</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>服務顧問</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承諾交車</translation>
    </message>
    <message>
        <source>Dropped off by</source>
        <translation>送修人</translation>
    </message>
    <message>
        <source>While we work</source>
        <translation>等候方式</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>車型</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>里程錶</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃油</translation>
    </message>
    <message>
        <source>Key tag</source>
        <translation>鑰匙牌號</translation>
    </message>
    <message>
        <source>Exterior</source>
        <translation>外觀檢查</translation>
    </message>
    <message>
        <source>Solid red: new this visit. Blue ring: recorded at an earlier visit. Grey dashed: found repaired.</source>
        <translation>紅色實心：本次新發現；藍色圓圈：以往記錄；灰色虛線：已修復。</translation>
    </message>
    <message>
        <source>Belongings in the vehicle</source>
        <translation>隨車物品</translation>
    </message>
    <message>
        <source>Dashboard warning lamps</source>
        <translation>儀表故障燈</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接事項</translation>
    </message>
    <message>
        <source>Quick checks</source>
        <translation>快速檢查</translation>
    </message>
    <message>
        <source>Customer&apos;s concerns, in their own words</source>
        <translation>客戶描述（客戶原話）</translation>
    </message>
    <message>
        <source>Planned items and estimate</source>
        <translation>預計維修項目及估價</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>接車須知</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>客戶簽字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>預約單號</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>預約時間</translation>
    </message>
    <message>
        <source>Expected duration</source>
        <translation>預計時長</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>客戶描述</translation>
    </message>
    <message>
        <source>Parts deposit</source>
        <translation>配件訂金</translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation>請攜帶</translation>
    </message>
    <message>
        <source>Old parts</source>
        <translation>舊件</translation>
    </message>
    <message>
        <source>Quality guarantee</source>
        <translation>質量保證</translation>
    </message>
    <message>
        <source>Repair category</source>
        <translation>維修類別</translation>
    </message>
    <message>
        <source>Repair type</source>
        <translation>維修型別</translation>
    </message>
    <message>
        <source>Work and estimate</source>
        <translation>維修項目及估價</translation>
    </message>
    <message>
        <source>I authorize the work above at the prices shown. Further work is done only with my prior consent.</source>
        <translation>本人委託貴店按上述價格進行維修。新增項目須事先徵得本人同意。</translation>
    </message>
    <message>
        <source>The reason, the price and the extra time of the work above were explained to me. I decide as marked; work I have not approved is not done.</source>
        <translation>上述項目的原因、價格和增加的時間已向本人說明。本人按勾選決定；未經本人同意的項目不予施工。</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>簽字時間</translation>
    </message>
    <message>
        <source>Completed and checked</source>
        <translation>竣工檢驗時間</translation>
    </message>
    <message>
        <source>Quality inspector</source>
        <translation>質檢員</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>維修項目</translation>
    </message>
    <message>
        <source>Company seal</source>
        <translation>企業蓋章</translation>
    </message>
    <message>
        <source>This vehicle was repaired and passed the quality inspection at completion. Keep this certificate: it is your proof of the quality guarantee.</source>
        <translation>本車已完成維修並經竣工質量檢驗合格。請妥善保管本合格證，作為質量保證的憑證。</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>營業日</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>結帳員</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>複核人</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>關賬</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>實收</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客戶自付</translation>
    </message>
    <message>
        <source>Date in</source>
        <translation>進廠日期</translation>
    </message>
    <message>
        <source>Date out</source>
        <translation>出廠日期</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>門衛</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>工時</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>New receivables</source>
        <translation>新增應收</translation>
    </message>
    <message>
        <source>Next maintenance due</source>
        <translation>下次保養</translation>
    </message>
    <message>
        <source>Odometer out</source>
        <translation>出廠里程</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>其他費用</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Per cashier and payment method</source>
        <translation>按結帳員和收款方式</translation>
    </message>
    <message>
        <source>Per payment method</source>
        <translation>按收款方式</translation>
    </message>
    <message>
        <source>Quality guarantee until</source>
        <translation>質量保證期至</translation>
    </message>
    <message>
        <source>Returned to the customer</source>
        <translation>交還客戶</translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation>衝紅</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>結算時間</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>結算筆數</translation>
    </message>
    <message>
        <source>Statement no.</source>
        <translation>結算單號</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>結算單</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>彙總</translation>
    </message>
    <message>
        <source>The customer has checked the vehicle, its belongings and keys, and takes it back. The gate lets the vehicle out on this notice.</source>
        <translation>客戶已核對車輛、隨車物品和鑰匙並提車。門衛憑本通知單放行。</translation>
    </message>
    <message>
        <source>Total (tax included)</source>
        <translation>合計（含稅）</translation>
    </message>
    <message>
        <source>Total in words</source>
        <translation>合計大寫</translation>
    </message>
    <message>
        <source>VAT included</source>
        <translation>其中增值稅</translation>
    </message>
    <message>
        <source>Work completed</source>
        <translation>已完成項目</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>現金盤點</translation>
    </message>
    <message>
        <source>Discounts given, and who approved them</source>
        <translation>當日折扣及核准人</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>合格證編號</translation>
    </message>
    <message>
        <source>Repair contract no.</source>
        <translation>維修合同編號</translation>
    </message>
    <message>
        <source>Plate (colour)</source>
        <translation>車牌號碼（顏色）</translation>
    </message>
    <message>
        <source>Vehicle type</source>
        <translation>車輛類型</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>廠牌型號</translation>
    </message>
    <message>
        <source>Engine no.</source>
        <translation>引擎號碼</translation>
    </message>
    <message>
        <source>Odometer at release</source>
        <translation>出廠里程</translation>
    </message>
    <message>
        <source>Date of release</source>
        <translation>出廠日期</translation>
    </message>
    <message>
        <source>This vehicle was repaired under the repair contract, passed the inspection and may leave the shop.</source>
        <translation>該車按維修合同維修，經檢驗合格，准予出廠。</translation>
    </message>
    <message>
        <source>Shop&apos;s seal</source>
        <translation>承修方（蓋章）</translation>
    </message>
    <message>
        <source>Received by the customer</source>
        <translation>託修方接車人</translation>
    </message>
    <message>
        <source>Guarantee committed</source>
        <translation>承諾品質保證期</translation>
    </message>
    <message>
        <source>Guaranteed until</source>
        <translation>保證期至</translation>
    </message>
    <message>
        <source>Terms of the guarantee</source>
        <translation>品質保證說明</translation>
    </message>
    <message>
        <source>Mileage in</source>
        <translation>進廠里程</translation>
    </message>
    <message>
        <source>Mileage out</source>
        <translation>出廠里程</translation>
    </message>
    <message>
        <source>Fault description</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation>投訴單號</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理時間</translation>
    </message>
    <message>
        <source>Received through</source>
        <translation>受理管道</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投訴類別</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>First reply due</source>
        <translation>首次答覆期限</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>處理完成期限</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客戶陳述</translation>
    </message>
    <message>
        <source>Handling: every step taken</source>
        <translation>處理過程</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Customer satisfied</source>
        <translation>客戶是否滿意</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>首次答覆</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation>服務經理</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>結案時間</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print To File ...</source>
        <translation>列印到檔案 ...</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Plate, end of VIN or phone, name or pinyin (zs), work order</source>
        <translation>車牌、VIN 或電話尾號、姓名或拼音(zs)、工單號</translation>
    </message>
    <message>
        <source>&amp;New customer and vehicle…</source>
        <translation>新建客戶和車輛(&amp;N)…</translation>
    </message>
    <message>
        <source>Vehicle &amp;arrived (F2)</source>
        <translation>車輛到店(&amp;A) (F2)</translation>
    </message>
    <message>
        <source>Type to search; arrows and Enter open a result.</source>
        <translation>輸入即搜尋；用方向鍵和回車開啟結果。</translation>
    </message>
    <message>
        <source>No vehicle open</source>
        <translation>未開啟車輛</translation>
    </message>
    <message>
        <source>Needs attention at this visit</source>
        <translation>本次到店需關注</translation>
    </message>
    <message>
        <source>Past visits</source>
        <translation>歷史來店</translation>
    </message>
    <message>
        <source>&amp;Edit customer and vehicle…</source>
        <translation>編輯客戶和車輛(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <translation>預約(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Check in… (F4)</source>
        <translation>接待登記(&amp;C)… (F4)</translation>
    </message>
    <message>
        <source>Arrivals today</source>
        <translation>今日到店</translation>
    </message>
    <message>
        <source>Start &amp;reception (F3)</source>
        <translation>開始接待(&amp;R) (F3)</translation>
    </message>
    <message>
        <source>Check in &amp;this arrival…</source>
        <translation>登記此到店車輛(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Left without check-in</source>
        <translation>未登記離店(&amp;L)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F):</source>
        <translation>搜尋 (Ctrl+F)：</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>DealerDesk works without a mouse. The keys of the main window, then those of each page you may open (the page on screen first):</source>
        <translation>DealerDesk 無需滑鼠即可操作。先列出主視窗的按鍵，再列出您可開啟的各頁面的按鍵（目前頁面在前）：</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in - DealerDesk</source>
        <translation>登入 - DealerDesk</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P):</translation>
    </message>
    <message>
        <source>Sign-in &amp;name:</source>
        <translation>登入帳號(&amp;N):</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>The customer signs on screen</source>
        <translation>客戶螢幕簽名</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>簽名人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Signature (the pad&apos;s pen, a finger or the mouse; Delete clears):</source>
        <translation>簽名(&amp;S)（用簽名板的筆、手指或滑鼠；按 Delete 清除）：</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
</context>
<context>
    <name>StaleBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <source>Show the saved version; the changes made here are dropped</source>
        <translation>顯示已儲存的版本；在此所做的修改將被放棄</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>保留我的修改(&amp;K)</translation>
    </message>
    <message>
        <source>Go on with the changes made here; saving them is refused until they are made on the saved version</source>
        <translation>繼續編輯在此所做的修改；在基於已儲存版本重新修改之前，儲存將被拒絕</translation>
    </message>
</context>
<context>
    <name>TechniciansDialog</name>
    <message>
        <source>Technicians</source>
        <translation>技師</translation>
    </message>
    <message>
        <source>The workshop&apos;s technicians, by team. Labor lines choose from this list; a technician who leaves stays on the lines they worked on: untick Active instead of removing them.</source>
        <translation>車間技師，按班組排列。工時項目從此名單中選擇派工；離職技師仍保留在其做過的項目上：取消「在職」即可，不要刪除。</translation>
    </message>
    <message>
        <source>&amp;Add technician</source>
        <translation>新增技師(&amp;A)</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>e.g. wangfang</source>
        <translation>例如 wangfang</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F):</translation>
    </message>
    <message>
        <source>printed on forms</source>
        <translation>列印在單據上</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P):</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 個字元</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>確認密碼(&amp;R):</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Service ad&amp;visor: appointments, reception, work orders, delivery</source>
        <translation>服務顧問：預約、接待、工單、交車(&amp;V)</translation>
    </message>
    <message>
        <source>Cas&amp;hier: settlement and payments</source>
        <translation>結帳員：結算與收款(&amp;H)</translation>
    </message>
    <message>
        <source>Service &amp;manager: discounts, reversals, reports, audit trail</source>
        <translation>服務經理：折扣、衝紅、報表、審計日誌(&amp;M)</translation>
    </message>
    <message>
        <source>Adminis&amp;trator: users, settings, backups</source>
        <translation>管理員：使用者、設定、備份(&amp;T)</translation>
    </message>
    <message>
        <source>Sign-in &amp;name:</source>
        <translation>登入帳號(&amp;N):</translation>
    </message>
    <message>
        <source>Workshop c&amp;ontroller: dispatch, findings, quality check</source>
        <translation>車間調度：派工、故障發現、質檢(&amp;O)</translation>
    </message>
    <message>
        <source>Customer-service c&amp;lerk: follow-up calls, satisfaction, complaints</source>
        <translation>客服專員(&amp;L)：回訪、滿意度、投訴</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Staff who sign in to DealerDesk. Users are never deleted: deactivate someone who leaves, and their name stays on the records they made.</source>
        <translation>登入 DealerDesk 的員工。使用者不會被刪除：員工離職時請停用，其姓名仍保留在其經手的記錄上。</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>新增(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>編輯(&amp;E)...</translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation>設定密碼(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Customer and vehicle</source>
        <translation>客戶和車輛</translation>
    </message>
    <message>
        <source>Customer (owner)</source>
        <translation>客戶（車主）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>型別(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手機(&amp;M)：</translation>
    </message>
    <message>
        <source>Other p&amp;hone:</source>
        <translation>其他電話(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份證號(&amp;I)：</translation>
    </message>
    <message>
        <source>Only when needed</source>
        <translation>僅在需要時填寫</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Contact &amp;by:</source>
        <translation>聯絡方式(&amp;B)：</translation>
    </message>
    <message>
        <source>Best &amp;time:</source>
        <translation>方便時間(&amp;T)：</translation>
    </message>
    <message>
        <source>Agrees to &amp;follow-up calls</source>
        <translation>同意回訪(&amp;F)</translation>
    </message>
    <message>
        <source>Agrees to ma&amp;rketing</source>
        <translation>同意營銷聯絡(&amp;R)</translation>
    </message>
    <message>
        <source>Ta&amp;x number:</source>
        <translation>稅號(&amp;X)：</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>聯絡人(&amp;P)：</translation>
    </message>
    <message>
        <source>Name, phone, title</source>
        <translation>姓名, 電話, 職務</translation>
    </message>
    <message>
        <source>Settles on acco&amp;unt</source>
        <translation>掛賬結算(&amp;U)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>&amp;VIN:</source>
        <translation>VIN(&amp;V)：</translation>
    </message>
    <message>
        <source>17 characters</source>
        <translation>17 位</translation>
    </message>
    <message>
        <source>P&amp;late:</source>
        <translation>車牌(&amp;L)：</translation>
    </message>
    <message>
        <source>Br&amp;and:</source>
        <translation>品牌(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;eries:</source>
        <translation>車系(&amp;E)：</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>車型(&amp;D)：</translation>
    </message>
    <message>
        <source>Model &amp;year:</source>
        <translation>年款(&amp;Y)：</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>顏色：</translation>
    </message>
    <message>
        <source>En&amp;gine number:</source>
        <translation>發動機號(&amp;G)：</translation>
    </message>
    <message>
        <source>First registration:</source>
        <translation>初次登記日期：</translation>
    </message>
    <message>
        <source>&amp;Odometer (km):</source>
        <translation>里程錶(公里)(&amp;O)：</translation>
    </message>
    <message>
        <source>Credit limit (¥):</source>
        <translation>掛賬額度（¥）：</translation>
    </message>
    <message>
        <source>What may stand open on the company&apos;s account (挂账额度). The cashier cannot put more on account.</source>
        <translation>單位掛賬可掛的最高金額（掛賬額度）。結帳員不能掛賬超過此額度。</translation>
    </message>
    <message>
        <source>Po&amp;wertrain:</source>
        <translation>動力類型(&amp;W)：</translation>
    </message>
    <message>
        <source>Petrol, diesel, hybrid, plug-in hybrid, battery electric or fuel cell: the intake records fuel, charge or both, and the quick check adds the high-voltage items</source>
        <translation>汽油、柴油、油電混合、插電式混合動力、純電動或燃料電池：接車單據此記錄油量、電量或兩者，快速檢查增加高壓系統項目</translation>
    </message>
    <message>
        <source>Vehi&amp;cle type:</source>
        <translation>車輛類型(&amp;C)：</translation>
    </message>
    <message>
        <source>As on the vehicle licence (行驶证); printed on the settlement statement and the completion certificate</source>
        <translation>按行照填寫；列印在結算清單和竣工出廠合格證上</translation>
    </message>
    <message>
        <source>Plate colour:</source>
        <translation>號牌顏色：</translation>
    </message>
    <message>
        <source>Read from the plate unless chosen: green for new-energy plates, blue for the others</source>
        <translation>未選擇時按車牌判斷：新能源號牌為綠色，其他為藍色</translation>
    </message>
</context>
<context>
    <name>WorkOrderLineDialog</name>
    <message>
        <source>Work-order line</source>
        <translation>工單項目</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>型別(&amp;K)：</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>程式碼(&amp;O)：</translation>
    </message>
    <message>
        <source>operation code or part number</source>
        <translation>工時程式碼或配件編號</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>名稱(&amp;D)：</translation>
    </message>
    <message>
        <source>Sold &amp;hours:</source>
        <translation>工時(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>數量(&amp;Q)：</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Unit &amp;price (¥, incl. VAT):</source>
        <translation>單價(&amp;P)（元，含稅）：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>來源(&amp;S)：</translation>
    </message>
    <message>
        <source>Customer&apos;s written &amp;consent</source>
        <translation>客戶書面同意(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Who pays:</source>
        <translation>付費方(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>維修技師(&amp;T)：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金額：</translation>
    </message>
    <message>
        <source>Chosen from the workshop&apos;s list of technicians (Settings, Technicians…); a whole team may take the line.</source>
        <translation>從車間技師名單中選擇（設定 &gt; 技師…）；也可派給整個班組。</translation>
    </message>
</context>
<context>
    <name>WorkOrdersPage</name>
    <message>
        <source>&amp;Work orders in the shop:</source>
        <translation>在廠工單(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;1 Work and estimate</source>
        <translation>&amp;1 維修項目與估價</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>型別(&amp;Y)：</translation>
    </message>
    <message>
        <source>Repair cate&amp;gory:</source>
        <translation>維修類別(&amp;G)：</translation>
    </message>
    <message>
        <source>Pro&amp;mised:</source>
        <translation>承諾交車(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;oncerns: the customer&apos;s words, cause, correction</source>
        <translation>客戶描述(&amp;O)：客戶原話、原因、處理措施</translation>
    </message>
    <message>
        <source>Add co&amp;ncern</source>
        <translation>新增描述(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>項目(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation>新增項目(&amp;A)…</translation>
    </message>
    <message>
        <source>Op&amp;en line…</source>
        <translation>開啟項目(&amp;E)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve line</source>
        <translation>刪除項目(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;2 Steps taken</source>
        <translation>&amp;2 進度記錄</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Add-on fin&amp;ding…</source>
        <translation>增修項目(&amp;D)…</translation>
    </message>
    <message>
        <source>More work found: propose it with prices for the customer&apos;s decision</source>
        <translation>發現新的維修需求：附價格提交客戶決定</translation>
    </message>
    <message>
        <source>&amp;Print work order…</source>
        <translation>列印委託書(&amp;P)…</translation>
    </message>
    <message>
        <source>The repair authorization for the customer&apos;s signature (Ctrl+P)</source>
        <translation>給客戶簽字的維修委託書（Ctrl+P）</translation>
    </message>
    <message>
        <source>Completion cer&amp;tificate…</source>
        <translation>竣工合格證(&amp;T)…</translation>
    </message>
    <message>
        <source>From the &amp;inspection…</source>
        <translation>來自環車檢查(&amp;I)…</translation>
    </message>
    <message>
        <source>The walk-around&apos;s yellow and red findings into the estimate or as recommendations, in one step</source>
        <translation>一步將環車檢查的黃色、紅色問題加入估價或作為建議</translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation>建議(&amp;U)</translation>
    </message>
    <message>
        <source>From the sold hours, the work already queued in the workshop and a margin, within workshop hours</source>
        <translation>根據工時、車間已排隊的工作和預留時間，在車間工作時間內計算</translation>
    </message>
    <message>
        <source>Add &amp;job…</source>
        <translation>新增套餐(&amp;J)…</translation>
    </message>
    <message>
        <source>A canned job from the catalog, such as a maintenance package, with its operations and parts in one step</source>
        <translation>一步新增價目表中的維修套餐（如保養套餐）及其工時和配件</translation>
    </message>
    <message>
        <source>The customer is told the car is ready 1 hour before the promised time (4 hours for jobs longer than two days), or told of a delay as soon as the promise cannot hold.</source>
        <translation>在承諾時間前 1 小時（超過兩天的作業提前 4 小時）通知客戶車輛已好；如不能按時完成，應立即告知客戶延誤。</translation>
    </message>
    <message>
        <source>Customer told… (Ctrl+T)</source>
        <translation>通知客戶…（Ctrl+T）</translation>
    </message>
    <message>
        <source>Log that the customer was told the car is ready or will be late (who, when, how and why), and hand the car over after settlement.</source>
        <translation>記錄已通知客戶車輛完工或延誤（誰、何時、方式、原因），結算後交車。</translation>
    </message>
    <message>
        <source>Assign te&amp;chnician…</source>
        <translation>派工(&amp;C)…</translation>
    </message>
    <message>
        <source>One technician or a whole team for the selected labor lines, or for all of them (Shift or Ctrl selects several)</source>
        <translation>把選取的工時項目（或全部工時項目）派給一位技師或一個班組（按住 Shift 或 Ctrl 可多選）</translation>
    </message>
</context>
<context>
    <name>dd::AddOnRules</name>
    <message>
        <source>In person, signed</source>
        <translation>當面簽字</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>電話確認</translation>
    </message>
    <message>
        <source>By message</source>
        <translation>簡訊/訊息確認</translation>
    </message>
    <message>
        <source>Describe what was found.</source>
        <translation>請描述發現的問題。</translation>
    </message>
    <message>
        <source>Note why the work is needed, in words the customer understands.</source>
        <translation>請用客戶能理解的話說明為什麼需要維修。</translation>
    </message>
    <message>
        <source>Propose at least one line with its price.</source>
        <translation>請至少提出一個帶價格的項目。</translation>
    </message>
    <message>
        <source>The extra time must be between 0 and 60 days.</source>
        <translation>增加的時間必須在 0 到 60 天之間。</translation>
    </message>
    <message>
        <source>Not covered by warranty: note the reason the advisor can tell the customer.</source>
        <translation>不在保修範圍內：請記錄可以告訴客戶的原因。</translation>
    </message>
    <message>
        <source>Unknown warranty decision &quot;%1&quot;.</source>
        <translation>無效的保修判定“%1”。</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;.</source>
        <translation>無效的來源“%1”。</translation>
    </message>
    <message>
        <source>Note who decided, by name.</source>
        <translation>請記錄做出決定的人的姓名。</translation>
    </message>
    <message>
        <source>Note how the customer decided: in person with signature, by phone or by message.</source>
        <translation>請記錄客戶的確認方式：當面簽字、電話或簡訊/訊息。</translation>
    </message>
    <message>
        <source>Note the number the customer was reached on.</source>
        <translation>請記錄聯絡客戶所用的號碼。</translation>
    </message>
    <message>
        <source>Note when the customer decided.</source>
        <translation>請記錄客戶做出決定的時間。</translation>
    </message>
    <message>
        <source>The time of the decision lies in the future.</source>
        <translation>決定時間晚於當前時間。</translation>
    </message>
    <message>
        <source>The time of the decision lies before the finding was recorded.</source>
        <translation>決定時間早於增修項目的登記時間。</translation>
    </message>
    <message>
        <source>A decision refers to a line that is not part of this finding.</source>
        <translation>有一個決定對應的項目不屬於本次增修。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is decided twice.</source>
        <translation>“%1”被決定了兩次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now costs ¥%2, not the ¥%3 the customer approved: tell the customer the new price.</source>
        <translation>“%1”現價為 ¥%2，而不是客戶批准的 ¥%3：請告知客戶新價格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: note the customer&apos;s reason.</source>
        <translation>“%1”：請記錄客戶的理由。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deferred: note when to bring it up again.</source>
        <translation>“%1”已暫緩：請記錄下次提醒的日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a decision: approved, declined or deferred.</source>
        <translation>“%1”需要一個決定：批准、拒絕或暫緩。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no decision yet.</source>
        <translation>“%1”尚未決定。</translation>
    </message>
    <message>
        <source>covered by warranty</source>
        <translation>在保修範圍內</translation>
    </message>
    <message>
        <source>not covered by warranty</source>
        <translation>不在保修範圍內</translation>
    </message>
    <message>
        <source>Found in the workshop</source>
        <translation>車間發現</translation>
    </message>
    <message>
        <source>Found at the reception inspection</source>
        <translation>接車檢查發現</translation>
    </message>
</context>
<context>
    <name>dd::AddOnStore</name>
    <message>
        <source>Work order %1 is %2: add-on work is proposed while the car is being worked on.</source>
        <translation>工單 %1 %2：增修項目只能在車輛維修期間提出。</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>工單 %1</translation>
    </message>
    <message>
        <source>The add-on finding is no longer on record.</source>
        <translation>該增修項目已不在記錄中。</translation>
    </message>
    <message>
        <source>Add-on finding &quot;%1&quot; on %2</source>
        <translation>%2 的增修項目“%1”</translation>
    </message>
    <message>
        <source>%1 is already decided.</source>
        <translation>%1 已有決定。</translation>
    </message>
    <message>
        <source>The customer has not decided on &quot;%1&quot; yet; the workshop is told once they have.</source>
        <translation>客戶尚未對“%1”做出決定；決定後再通知車間。</translation>
    </message>
    <message>
        <source>Note who in the workshop received the decision.</source>
        <translation>請記錄車間接收通知的人。</translation>
    </message>
    <message>
        <source>That line is no longer on the work order.</source>
        <translation>該項目已不在工單中。</translation>
    </message>
    <message>
        <source>Work order %1 is %2: its prices are final.</source>
        <translation>工單 %1 %2：價格已不能修改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was %2; it has no price to change.</source>
        <translation>“%1”%2，沒有可修改的價格。</translation>
    </message>
    <message>
        <source>New price for &quot;%1&quot;</source>
        <translation>“%1”的新價格</translation>
    </message>
    <message>
        <source>The price changed after the customer approved it.</source>
        <translation>客戶批准後價格發生了變化。</translation>
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
        <translation>資料庫已升級到結構版本 %1。升級前的副本儲存在 %2。</translation>
    </message>
    <message>
        <source>DealerDesk cannot open its database</source>
        <translation>DealerDesk 無法開啟資料庫</translation>
    </message>
    <message>
        <source>Database: %1 (%2)</source>
        <translation>資料庫：%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>dd::AppointmentDialog</name>
    <message>
        <source>Appointment %1</source>
        <translation>預約 %1</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>新建預約</translation>
    </message>
    <message>
        <source>(any advisor)</source>
        <translation>（不指定顧問）</translation>
    </message>
    <message>
        <source>(no bay yet)</source>
        <translation>（暫不指定工位）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan, e.g. 1200.00.</source>
        <translation>“%1”不是以元為單位的金額，例如 1200.00。</translation>
    </message>
    <message numerus="yes">
        <source>That day: %n appointment(s) in all</source>
        <translation>
            <numerusform>當天共 %n 個預約</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n other appointment(s)</source>
        <translation>
            <numerusform>%1 另有 %n 個預約</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n other booking(s)</source>
        <translation>
            <numerusform>%1 另有 %n 個預訂</numerusform>
        </translation>
    </message>
    <message>
        <source>Overbooked</source>
        <translation>預約已滿</translation>
    </message>
    <message>
        <source>Book anyway?</source>
        <translation>仍然預約嗎？</translation>
    </message>
</context>
<context>
    <name>dd::AppointmentRules</name>
    <message>
        <source>Maintenance</source>
        <translation>保養</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>維修</translation>
    </message>
    <message>
        <source>Body and paint</source>
        <translation>鈑噴</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>檢測</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已預約</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到店</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Confirmed the appointment</source>
        <translation>確認預約</translation>
    </message>
    <message>
        <source>Asked to reschedule</source>
        <translation>要求改期</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>無人接聽</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>已留言</translation>
    </message>
    <message>
        <source>Cancelled by the customer</source>
        <translation>客戶取消</translation>
    </message>
    <message>
        <source>Choose the customer and the vehicle for the appointment.</source>
        <translation>請選擇預約的客戶和車輛。</translation>
    </message>
    <message>
        <source>Choose the date and time of the appointment.</source>
        <translation>請選擇預約日期和時間。</translation>
    </message>
    <message>
        <source>The appointment time has already passed; choose a later time.</source>
        <translation>預約時間已過，請選擇更晚的時間。</translation>
    </message>
    <message>
        <source>The expected duration must be between 10 minutes and 24 hours.</source>
        <translation>預計時長鬚在 10 分鐘到 24 小時之間。</translation>
    </message>
    <message>
        <source>Choose the type of service.</source>
        <translation>請選擇服務型別。</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>金額不能為負數。</translation>
    </message>
    <message>
        <source>Parts worth %1 must be ordered: ask a deposit of at least %2 (half the parts price).</source>
        <translation>需訂購 %1 的配件：請收取至少 %2 的訂金（配件價格的一半）。</translation>
    </message>
    <message>
        <source>The deposit is marked as paid but its amount is zero.</source>
        <translation>訂金標記為已付，但金額為零。</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>準時</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>%1 early</source>
        <translation>提前 %1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>遲到 %1</translation>
    </message>
    <message>
        <source>fully booked</source>
        <translation>已約滿</translation>
    </message>
</context>
<context>
    <name>dd::AppointmentStore</name>
    <message>
        <source>Bay %1 is already booked %2 for %3.</source>
        <translation>工位 %1 在 %2 已預約給 %3。</translation>
    </message>
    <message>
        <source>%1 already has an appointment %2 (%3).</source>
        <translation>%1 在 %2 已有預約（%3）。</translation>
    </message>
    <message>
        <source>The advisor already has %1 appointments that day.</source>
        <translation>該顧問當天已有 %1 個預約。</translation>
    </message>
    <message>
        <source>Appointment %1 is %2 and can no longer be changed.</source>
        <translation>預約 %1 狀態為“%2”，不能再修改。</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>預約 %1</translation>
    </message>
    <message>
        <source>Say why the appointment is cancelled.</source>
        <translation>請說明取消預約的原因。</translation>
    </message>
    <message>
        <source>The appointment no longer exists.</source>
        <translation>該預約已不存在。</translation>
    </message>
    <message>
        <source>Appointment %1 is already %2.</source>
        <translation>預約 %1 已是“%2”狀態。</translation>
    </message>
    <message>
        <source>Appointment %1 has not started yet; it can be marked as a no-show once its time has passed.</source>
        <translation>預約 %1 尚未開始；過了預約時間才能標記為未到店。</translation>
    </message>
    <message>
        <source>Choose the result of the call.</source>
        <translation>請選擇通話結果。</translation>
    </message>
    <message>
        <source>Note why the customer cancelled.</source>
        <translation>請記錄客戶取消的原因。</translation>
    </message>
</context>
<context>
    <name>dd::AppointmentsPage</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務型別</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服務顧問</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>訂金</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Advisor / bay</source>
        <translation>服務顧問 / 工位</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>Calls so far</source>
        <translation>已打電話</translation>
    </message>
    <message>
        <source>¥%1 paid</source>
        <translation>¥%1 已付</translation>
    </message>
    <message>
        <source>¥%1 not paid</source>
        <translation>¥%1 未付</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（尚未分配）</translation>
    </message>
    <message>
        <source>Overbooked: overlaps another appointment of the same advisor or bay.</source>
        <translation>超額預約：與同一服務顧問或工位的其他預約時間重疊。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n appointment(s)</source>
        <translation>
            <numerusform>%1：%n 個預約</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open, %2 arrived, %3 cancelled or no-show</source>
        <translation>待到店 %1，已到店 %2，已取消或未到店 %3</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overbooked</source>
        <translation>
            <numerusform>⚠ %n 個超額預約</numerusform>
        </translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation>尚未致電</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), last: %1 %2</source>
        <translation>
            <numerusform>%n 次，最近：%1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Every appointment of that day is confirmed or closed.</source>
        <translation>當天的預約均已確認或已結束。</translation>
    </message>
    <message numerus="yes">
        <source>%n left to confirm. Enter logs the call of the selected row.</source>
        <translation>
            <numerusform>還有 %n 個待確認。按回車為選中的一行記錄電話。</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>預約 %1</translation>
    </message>
    <message>
        <source>This appointment is %1 and can no longer be changed; book a new one from the reception screen.</source>
        <translation>該預約%1，不能再修改；請在接待介面新建預約。</translation>
    </message>
    <message>
        <source>Why is appointment %1 (%2, %3) cancelled?</source>
        <translation>預約 %1（%2，%3）取消的原因？</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>取消預約</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到店</translation>
    </message>
    <message>
        <source>Mark appointment %1 (%2, %3) as a no-show?</source>
        <translation>將預約 %1（%2，%3）標記為未到店？</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>接待登記</translation>
    </message>
    <message>
        <source>Only today&apos;s open appointments are checked in here; appointment %1 is %2 on %3.</source>
        <translation>這裡只能為今天未結束的預約辦理接待登記；預約 %1 的狀態為%2，日期 %3。</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>預約數</translation>
    </message>
    <message>
        <source>To conf&amp;irm by phone: %1</source>
        <translation>待電話確認(&amp;I)：%1</translation>
    </message>
    <message>
        <source>Check in the selected appointment</source>
        <translation>為所選預約辦理接車</translation>
    </message>
    <message>
        <source>Print the appointment slip</source>
        <translation>列印預約單</translation>
    </message>
    <message>
        <source>On a call to make: log the call</source>
        <translation>在待確認電話上：記錄通話</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>late %1 min</source>
        <translation>遲到 %1 分鐘</translation>
    </message>
    <message>
        <source>no-show: not here %1 min after the time</source>
        <translation>爽約：超過預約時間 %1 分鐘未到</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空閒時段</translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n 個遲到</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s) to record (Alt+S)</source>
        <translation>
            <numerusform>%n 個爽約待登記（Alt+S）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s) recorded</source>
        <translation>
            <numerusform>已登記 %n 個爽約</numerusform>
        </translation>
    </message>
    <message>
        <source>no booking is past its grace time of %1 min</source>
        <translation>沒有超過 %1 分鐘寬限時間的預約</translation>
    </message>
</context>
<context>
    <name>dd::ApprovalsPage</name>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>增修項目</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Extra time</source>
        <translation>增加時間</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准項目</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>Safety-critical</source>
        <translation>涉及安全</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 分鐘</translation>
    </message>
    <message>
        <source>nothing approved</source>
        <translation>未批准任何項目</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Waiting for the customer: nothing</source>
        <translation>等待客戶確認(&amp;W)：無</translation>
    </message>
    <message>
        <source>&amp;Waiting for the customer (%1, %2 longer than %3 min):</source>
        <translation>等待客戶確認(&amp;W)（%1 項，其中 %2 項超過 %3 分鐘）：</translation>
    </message>
    <message>
        <source>&amp;Waiting for the customer (%1):</source>
        <translation>等待客戶確認(&amp;W)（%1 項）：</translation>
    </message>
    <message>
        <source>Found by %1: %2</source>
        <translation>%1 發現：%2</translation>
    </message>
    <message>
        <source>Not covered by warranty: %1</source>
        <translation>不在保修範圍：%1</translation>
    </message>
    <message>
        <source>Decision recorded for %1. Tell the workshop next.</source>
        <translation>已記錄 %1 的客戶決定。下一步：通知車間。</translation>
    </message>
    <message>
        <source>Tell the workshop</source>
        <translation>通知車間</translation>
    </message>
    <message>
        <source>%1, %2: who in the workshop received the decision?</source>
        <translation>%1，%2：車間由誰接收通知？</translation>
    </message>
    <message>
        <source>The workshop knows: %1 received it at %2.</source>
        <translation>車間已知悉：%1 於 %2 接收。</translation>
    </message>
    <message>
        <source>On the selected row: record the decision, or tell the workshop</source>
        <translation>在所選列上：記錄客戶決定，或通知車間</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) waiting for the customer</source>
        <translation>
            <numerusform>%n 項增修待客戶確認</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>增修確認</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>signed by the customer on screen</source>
        <translation>客戶已在螢幕上簽名</translation>
    </message>
    <message>
        <source>the consent was neither signed nor printed</source>
        <translation>確認單既未簽名也未列印</translation>
    </message>
    <message>
        <source>Decision recorded for %1, %2. Tell the workshop next.</source>
        <translation>已記錄 %1 的客戶決定，%2。下一步：通知車間。</translation>
    </message>
    <message>
        <source>the consent was printed or saved for the customer&apos;s signature</source>
        <translation>確認單已列印或儲存，交客戶簽名</translation>
    </message>
</context>
<context>
    <name>dd::AuditChain</name>
    <message>
        <source>Another station has been saving for 30 seconds and the database is still busy. Nothing was saved; try again in a moment.</source>
        <translation>另一工作站已儲存了 30 秒，資料庫仍忙。未儲存任何內容；請稍後再試。</translation>
    </message>
    <message>
        <source>row %1 (%2, %3 by %4)</source>
        <translation>第 %1 筆（%2，%4 於 %3）</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 筆</translation>
    </message>
    <message numerus="yes">
        <source>The check was stopped after %n audit row(s).</source>
        <translation>
            <numerusform>已檢查 %n 筆稽核記錄後停止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s), chain intact.</source>
        <translation>
            <numerusform>%n 筆稽核記錄，鏈完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at %1: its content does not match its hash; it was changed after it was written, or written outside DealerDesk.</source>
        <translation>稽核記錄在%1處斷開：其內容與雜湊不符；寫入後被修改過，或不是由 DealerDesk 寫入的。</translation>
    </message>
    <message>
        <source>The audit trail is broken at %1: it has no hash; it was written outside DealerDesk.</source>
        <translation>稽核記錄在%1處斷開：該記錄沒有雜湊；不是由 DealerDesk 寫入的。</translation>
    </message>
    <message>
        <source>The audit trail is broken at %1: the rows before it were removed.</source>
        <translation>稽核記錄在%1處斷開：之前的記錄已被刪除。</translation>
    </message>
    <message>
        <source>The audit trail is broken at %1: it does not follow row %2; the rows between them were removed, or row %2 was changed and its hash recomputed.</source>
        <translation>稽核記錄在%1處斷開：它不接在第 %2 筆之後；兩者之間的記錄被刪除，或第 %2 筆被修改並重新計算了雜湊。</translation>
    </message>
    <message>
        <source>The audit trail is broken at %1: it was slipped in after row %2, outside DealerDesk.</source>
        <translation>稽核記錄在%1處斷開：它是在第 %2 筆之後於 DealerDesk 之外插入的。</translation>
    </message>
    <message>
        <source>The audit trail is broken after row %1: row %2, recorded as the chain&apos;s last, is missing; rows were removed from the end.</source>
        <translation>稽核記錄在第 %1 筆之後斷開：鏈記錄的最後一筆（第 %2 筆）不見了；末尾的記錄被刪除。</translation>
    </message>
    <message>
        <source>The audit trail is broken at %1: it is not the last row the chain recorded; it was changed and its hash recomputed.</source>
        <translation>稽核記錄在%1處斷開：它不是鏈所記錄的最後一筆；它被修改並重新計算了雜湊。</translation>
    </message>
    <message>
        <source>The audit trail&apos;s record of its last row (table audit_chain) was removed.</source>
        <translation>稽核記錄對其最後一筆的記錄（audit_chain 表）已被刪除。</translation>
    </message>
</context>
<context>
    <name>dd::AuditCommand</name>
    <message>
        <source>use: audit verify</source>
        <translation>用法：audit verify</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) before it are intact.</source>
        <translation>
            <numerusform>其之前的 %n 筆記錄完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>note: this login owns the audit trail&apos;s table and could lift its protection; the counter PCs should use the application&apos;s login (README, &quot;Two PCs&quot;).</source>
        <translation>注意：此登入帳號擁有稽核記錄表，可以解除其保護；櫃檯電腦應使用應用程式的登入帳號（見 README「兩台電腦」）。</translation>
    </message>
</context>
<context>
    <name>dd::AuditPage</name>
    <message>
        <source>Everybody</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Showing the newest 2000 entries; narrow the dates to see older ones.</source>
        <translation>顯示最新的 2000 條；縮小日期範圍可檢視更早的記錄。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 條記錄</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the audit chain: %1 rows so far ...</source>
        <translation>正在檢查稽核鏈：已檢查 %1 筆 ...</translation>
    </message>
    <message>
        <source>The audit chain could not be checked: %1</source>
        <translation>無法檢查稽核鏈：%1</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain verified at %1: %n row(s), intact.</source>
        <translation>
            <numerusform>稽核鏈已於 %1 校驗：%n 筆記錄，完整。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit chain checked at %1. %2 The %n row(s) before it are intact.</source>
        <translation>
            <numerusform>稽核鏈已於 %1 檢查。%2 其之前的 %n 筆記錄完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>This PC connects to PostgreSQL as the owner of the audit trail&apos;s table, who could lift its protection: use the application&apos;s login for daily work (README, &quot;Two PCs&quot;).</source>
        <translation>本機以稽核記錄表擁有者的身分連線 PostgreSQL，該身分可以解除其保護：日常工作請使用應用程式的登入帳號（見 README「兩台電腦」）。</translation>
    </message>
    <message>
        <source>Read the trail again</source>
        <translation>重新讀取審計日誌</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>審計日誌</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries match</source>
        <translation>
            <numerusform>%n 筆記錄中有 %1 筆符合</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>匯出稽核日誌</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>已把 %n 筆記錄匯出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2 at %3 (%4)
%5
%6</source>
        <translation>%1，操作人 %2，時間 %3（%4）
%5
%6</translation>
    </message>
</context>
<context>
    <name>dd::AuditTrailModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>變更</translation>
    </message>
</context>
<context>
    <name>dd::AuditWords</name>
    <message>
        <source>Signed in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>登入被拒</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>首次啟動</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>新增使用者</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>修改使用者</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>設定密碼</translation>
    </message>
    <message>
        <source>Administrator&apos;s password set</source>
        <translation>設定管理員密碼</translation>
    </message>
    <message>
        <source>User reactivated</source>
        <translation>重新啟用使用者</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>停用使用者</translation>
    </message>
    <message>
        <source>Dealership settings saved</source>
        <translation>儲存經銷商設定</translation>
    </message>
    <message>
        <source>Labor rate added</source>
        <translation>新增工時單價</translation>
    </message>
    <message>
        <source>Labor rate changed</source>
        <translation>修改工時單價</translation>
    </message>
    <message>
        <source>Technicians saved</source>
        <translation>儲存技師名單</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>載入演示資料</translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>修改客戶</translation>
    </message>
    <message>
        <source>Vehicle added</source>
        <translation>新增車輛</translation>
    </message>
    <message>
        <source>Vehicle registered</source>
        <translation>登記車輛</translation>
    </message>
    <message>
        <source>Vehicle changed</source>
        <translation>修改車輛</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>新建預約</translation>
    </message>
    <message>
        <source>Appointment changed</source>
        <translation>修改預約</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>取消預約</translation>
    </message>
    <message>
        <source>No-show recorded</source>
        <translation>記錄爽約</translation>
    </message>
    <message>
        <source>Reminder call logged</source>
        <translation>記錄提醒電話</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到店登記</translation>
    </message>
    <message>
        <source>Reception started</source>
        <translation>開始接待</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>Left without a work order</source>
        <translation>未開單離店</translation>
    </message>
    <message>
        <source>Inspection saved</source>
        <translation>儲存環車檢查</translation>
    </message>
    <message>
        <source>Inspection completed</source>
        <translation>完成環車檢查</translation>
    </message>
    <message>
        <source>Estimate saved</source>
        <translation>儲存估價</translation>
    </message>
    <message>
        <source>Cause and correction saved</source>
        <translation>儲存故障原因和處理措施</translation>
    </message>
    <message>
        <source>Technician assigned</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Add-on proposed</source>
        <translation>提出增修項目</translation>
    </message>
    <message>
        <source>Customer&apos;s decision recorded</source>
        <translation>記錄客戶決定</translation>
    </message>
    <message>
        <source>Workshop told of the decision</source>
        <translation>已通知車間客戶決定</translation>
    </message>
    <message>
        <source>Add-on repriced</source>
        <translation>增修項目重新報價</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>已通知客戶</translation>
    </message>
    <message>
        <source>Form printed</source>
        <translation>列印單據</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>結算</translation>
    </message>
    <message>
        <source>Settlement reversed</source>
        <translation>結算已衝紅</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>日結關帳</translation>
    </message>
    <message>
        <source>Shift handed over</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>匯入：%1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>User roles</source>
        <translation>使用者角色</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>經銷店</translation>
    </message>
    <message>
        <source>Labor rate</source>
        <translation>工時單價</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Customer&apos;s phone</source>
        <translation>客戶電話</translation>
    </message>
    <message>
        <source>Customer&apos;s contact</source>
        <translation>客戶聯絡人</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>號牌</translation>
    </message>
    <message>
        <source>Vehicle owner</source>
        <translation>車主</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>Reminder call</source>
        <translation>預約提醒電話</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>客戶描述</translation>
    </message>
    <message>
        <source>Work-order line</source>
        <translation>工單項目</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承諾</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>環車檢查</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>快速檢查</translation>
    </message>
    <message>
        <source>Damage mark</source>
        <translation>損傷標記</translation>
    </message>
    <message>
        <source>Damage photo</source>
        <translation>損傷照片</translation>
    </message>
    <message>
        <source>Printed form</source>
        <translation>已列印單據</translation>
    </message>
    <message>
        <source>Add-on finding</source>
        <translation>增修項目</translation>
    </message>
    <message>
        <source>Customer&apos;s decision</source>
        <translation>客戶決定</translation>
    </message>
    <message>
        <source>Labor operation</source>
        <translation>工時項目</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Canned job</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>結算單</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>日結</translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation>現金盤點</translation>
    </message>
    <message>
        <source>Customer notice</source>
        <translation>客戶通知</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技師</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登入名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>稅號</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>車系</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>車型</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>里程錶</translation>
    </message>
    <message>
        <source>Work-order type</source>
        <translation>工單類型</translation>
    </message>
    <message>
        <source>Repair category</source>
        <translation>維修類別</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承諾交車</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開單時間</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>關閉時間</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>委託時間</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交車時間</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接車人</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交車間時間</translation>
    </message>
    <message>
        <source>Quality inspector</source>
        <translation>質檢員</translation>
    </message>
    <message>
        <source>Why cancelled</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工時</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Rate per hour</source>
        <translation>每小時單價</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Amount approved</source>
        <translation>核准金額</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>付費方</translation>
    </message>
    <message>
        <source>Part source</source>
        <translation>配件來源</translation>
    </message>
    <message>
        <source>Technician (staff record)</source>
        <translation>技師（名單記錄）</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班組</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Bring up again on</source>
        <translation>下次提醒日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>實收</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水號</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>營業日</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>關帳人</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>結算筆數</translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation>衝紅</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>實收</translation>
    </message>
    <message>
        <source>New receivables</source>
        <translation>新增應收</translation>
    </message>
    <message>
        <source>Cars left unsettled</source>
        <translation>未結算車輛數</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>應有現金</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>實點現金</translation>
    </message>
    <message>
        <source>Over / short</source>
        <translation>長短款</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>結算員</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>交給</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>核准人</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客戶應付</translation>
    </message>
    <message>
        <source>Before discounts</source>
        <translation>折前金額</translation>
    </message>
    <message>
        <source>Line discounts</source>
        <translation>單項折扣</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>整單折扣</translation>
    </message>
    <message>
        <source>Rounded off</source>
        <translation>抹零</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>增值稅</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>增值稅率</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>決定人</translation>
    </message>
    <message>
        <source>Number called</source>
        <translation>聯絡號碼</translation>
    </message>
    <message>
        <source>Booked for</source>
        <translation>預約時間</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務類型</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃油</translation>
    </message>
    <message>
        <source>Key tag</source>
        <translation>鑰匙牌號</translation>
    </message>
    <message>
        <source>Dropped off by</source>
        <translation>送修人</translation>
    </message>
    <message>
        <source>Drop-off phone</source>
        <translation>送修人電話</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>服務顧問</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>客戶原話</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>處理措施</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>單據</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份數</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Workshop opens</source>
        <translation>車間開門時間</translation>
    </message>
    <message>
        <source>Workshop closes</source>
        <translation>車間關門時間</translation>
    </message>
    <message>
        <source>Workshop closed on</source>
        <translation>車間休息日</translation>
    </message>
    <message>
        <source>Default labor rate</source>
        <translation>預設工時費率</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>工時</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>材料費</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>檢測費</translation>
    </message>
    <message>
        <source>Sublet work</source>
        <translation>外協加工</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>其他費用</translation>
    </message>
    <message>
        <source>Warranty pays</source>
        <translation>保固支付</translation>
    </message>
    <message>
        <source>Insurer pays</source>
        <translation>保險公司支付</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>內部</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>訂金</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用額度</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>核准時間</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到店時間</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成時間</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>列印時間</translation>
    </message>
    <message>
        <source>Pickup checklist</source>
        <translation>交車核對</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Old parts</source>
        <translation>舊件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>By</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>發現人</translation>
    </message>
    <message>
        <source>Workshop told</source>
        <translation>已通知車間人員</translation>
    </message>
    <message>
        <source>Rework rounds</source>
        <translation>返工次數</translation>
    </message>
    <message>
        <source>From the walk-around</source>
        <translation>來自環車檢查</translation>
    </message>
    <message>
        <source>Brand or specification</source>
        <translation>品牌或規格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Kind of charge</source>
        <translation>費用類別</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保固</translation>
    </message>
    <message>
        <source>Safety-critical</source>
        <translation>涉及安全</translation>
    </message>
    <message>
        <source>Extra time (min)</source>
        <translation>增加時間（分鐘）</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>新承諾時間</translation>
    </message>
    <message>
        <source>Handover terms</source>
        <translation>交車條款</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>標誌</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>客戶描述</translation>
    </message>
    <message>
        <source>Deposit paid</source>
        <translation>已付訂金</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>時長（分鐘）</translation>
    </message>
    <message>
        <source>Parts estimate</source>
        <translation>預估材料費</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>希望時間</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>首選聯絡方式</translation>
    </message>
    <message>
        <source>Follow-up calls agreed</source>
        <translation>同意回訪</translation>
    </message>
    <message>
        <source>Marketing agreed</source>
        <translation>同意行銷資訊</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>引擎號碼</translation>
    </message>
    <message>
        <source>First registered</source>
        <translation>初次登記日期</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>(image)</source>
        <translation>（圖片）</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>（已隱藏）</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>登入成功</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>密碼錯誤</translation>
    </message>
    <message>
        <source>refused: the user is deactivated</source>
        <translation>被拒：該使用者已停用</translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation>動力類型</translation>
    </message>
    <message>
        <source>Vehicle type</source>
        <translation>車輛類型</translation>
    </message>
    <message>
        <source>Plate colour</source>
        <translation>號牌顏色</translation>
    </message>
    <message>
        <source>Odometer out</source>
        <translation>出廠里程</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>合格證編號</translation>
    </message>
    <message>
        <source>Certificate number prefix</source>
        <translation>合格證編號前綴</translation>
    </message>
    <message>
        <source>Quality guarantee committed</source>
        <translation>承諾品質保證期</translation>
    </message>
    <message>
        <source>Form signed on screen</source>
        <translation>表單螢幕簽名</translation>
    </message>
    <message>
        <source>Signature on screen</source>
        <translation>螢幕簽名</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>簽名人</translation>
    </message>
    <message>
        <source>Signed with</source>
        <translation>簽名方式</translation>
    </message>
    <message>
        <source>Content fingerprint</source>
        <translation>內容指紋</translation>
    </message>
    <message>
        <source>Printed to</source>
        <translation>輸出到</translation>
    </message>
    <message>
        <source>Follow-up call logged</source>
        <translation>回訪已記錄</translation>
    </message>
    <message>
        <source>Complaint received</source>
        <translation>投訴已受理</translation>
    </message>
    <message>
        <source>Complaint step logged</source>
        <translation>投訴處理已記錄</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Call attempt</source>
        <translation>回訪撥打記錄</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Complaint step</source>
        <translation>投訴處理步驟</translation>
    </message>
    <message>
        <source>Satisfaction questionnaire</source>
        <translation>滿意度問卷</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>首次答覆</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>Customer satisfied</source>
        <translation>客戶滿意</translation>
    </message>
    <message>
        <source>Follow-up and complaint rules</source>
        <translation>回訪與投訴規則</translation>
    </message>
    <message>
        <source>Message instead of a call</source>
        <translation>以訊息代替回訪</translation>
    </message>
    <message>
        <source>Messages exported for sending</source>
        <translation>訊息已匯出傳送</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Message text instead of a call</source>
        <translation>代替電話的訊息內容</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已匯出</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
</context>
<context>
    <name>dd::Backup</name>
    <message>
        <source>This DealerDesk works on a PostgreSQL server; back it up on the server with pg_dump, e.g. pg_dump -Fc -h %1 -p %2 -U %3 -f dealerdesk.dump %4 (restore with pg_restore).</source>
        <translation>本 DealerDesk 使用 PostgreSQL 伺服器；請在伺服器上用 pg_dump 備份，例如 pg_dump -Fc -h %1 -p %2 -U %3 -f dealerdesk.dump %4（用 pg_restore 恢復）。</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself; choose another file.</source>
        <translation>備份不能覆蓋資料庫本身；請選擇其他檔案。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 已存在；請為備份選擇新的檔名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>資料夾 %1 不存在。</translation>
    </message>
    <message>
        <source>The SQLite connection cannot be used for a backup.</source>
        <translation>該 SQLite 連線無法用於備份。</translation>
    </message>
    <message>
        <source>Cannot create the backup file %1: %2</source>
        <translation>無法建立備份檔案 %1：%2</translation>
    </message>
    <message>
        <source>The backup could not start: %1</source>
        <translation>備份無法開始：%1</translation>
    </message>
    <message>
        <source>The backup failed and was removed: %1</source>
        <translation>備份失敗，已刪除：%1</translation>
    </message>
    <message>
        <source>Cannot replace %1; check its permissions.</source>
        <translation>無法替換 %1；請檢查其許可權。</translation>
    </message>
    <message>
        <source>Cannot write %1; check the folder&apos;s permissions.</source>
        <translation>無法寫入 %1；請檢查資料夾許可權。</translation>
    </message>
</context>
<context>
    <name>dd::Bootstrap</name>
    <message>
        <source>Upgrade</source>
        <translation>升級</translation>
    </message>
    <message>
        <source>There is no database at %1 (nothing was created). Check the --db path, or create a new database with &quot;dealerdesk --db %1 migrate&quot;.</source>
        <translation>%1 處沒有資料庫（未建立任何檔案）。請檢查 --db 路徑，或用 &quot;dealerdesk --db %1 migrate&quot; 建立新資料庫。</translation>
    </message>
    <message>
        <source>%1 holds no DealerDesk data yet (nothing was created). Set it up first with &quot;dealerdesk --db %1 migrate&quot;.</source>
        <translation>%1 中還沒有 DealerDesk 資料（未建立任何內容）。請先用 &quot;dealerdesk --db %1 migrate&quot; 初始化。</translation>
    </message>
</context>
<context>
    <name>dd::CallDialog</name>
    <message>
        <source>&amp;Log call</source>
        <translation>記錄電話(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>%1, %2 at %3 — %4, %5</source>
        <translation>%1，%2 %3 — %4，%5</translation>
    </message>
    <message>
        <source>%1  %2: %3%4</source>
        <translation>%1  %2：%3%4</translation>
    </message>
    <message>
        <source>No call yet.</source>
        <translation>尚未致電。</translation>
    </message>
    <message>
        <source>Note why the customer cancelled.</source>
        <translation>請記錄客戶取消的原因。</translation>
    </message>
</context>
<context>
    <name>dd::CannedJobDialog</name>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>Add to the &amp;estimate</source>
        <translation>加入估價(&amp;E)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>程式碼</translation>
    </message>
    <message>
        <source>For</source>
        <translation>適用車型</translation>
    </message>
    <message>
        <source>Operation or part</source>
        <translation>工時或配件</translation>
    </message>
    <message>
        <source>Hours / qty</source>
        <translation>工時/數量</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>&amp;Jobs:</source>
        <translation>套餐(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Jobs for %1:</source>
        <translation>適用於 %1 的套餐(&amp;J)：</translation>
    </message>
    <message>
        <source>all models</source>
        <translation>所有車型</translation>
    </message>
    <message>
        <source>There are no canned jobs in the catalog yet. A manager imports them as a CSV file (Catalogs…, or dealerdesk import jobs FILE.csv).</source>
        <translation>價目表中還沒有維修套餐。請服務經理以 CSV 檔案匯入（價目表…，或 dealerdesk import jobs 檔案.csv）。</translation>
    </message>
    <message>
        <source>Total ¥%1 incl. VAT</source>
        <translation>合計 ¥%1（含增值稅）</translation>
    </message>
    <message>
        <source>No longer in the catalogs, so left out: %1. Add them by hand if the job needs them.</source>
        <translation>以下項目已不在價目表中，未加入：%1。如套餐需要，請手工新增。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>dd::CashierPage</name>
    <message>
        <source>Select the line to discount in the table first.</source>
        <translation>請先在表格中選中要打折的項目。</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>單項折扣</translation>
    </message>
    <message>
        <source>Discount on &quot;%1&quot;: a percentage (10%) or an amount (20.00); empty to remove it.</source>
        <translation>“%1”的折扣：百分比（10%）或金額（20.00）；留空則取消。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a percentage (10%) nor an amount (20.00).</source>
        <translation>“%1”既不是百分比（10%）也不是金額（20.00）。</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承諾交車</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客戶自付</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>實收現金</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水號</translation>
    </message>
    <message numerus="yes">
        <source>Ready for settlement, by promised time: %n</source>
        <translation>
            <numerusform>待結算（按承諾時間排序）：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>No work order or statement has the number &quot;%1&quot;. Check the number on the form, or pick the car from the list.</source>
        <translation>沒有單號為“%1”的工單或結算單。請核對單據上的號碼，或從列表中選擇車輛。</translation>
    </message>
    <message>
        <source>Work order %1 is %2: it comes to the cashier once the quality check has passed.</source>
        <translation>工單 %1 當前為%2：質檢通過後才到結算臺。</translation>
    </message>
    <message>
        <source>Settled as %1 by %2 at %3. Print the statement (Ctrl+P) and the release notice (Ctrl+R).</source>
        <translation>已由%2於 %3 結算，結算單號 %1。請列印結算清單（Ctrl+P）和出廠通知單（Ctrl+R）。</translation>
    </message>
    <message>
        <source>The order discount &quot;%1&quot; is neither a percentage (10%) nor an amount (50.00).</source>
        <translation>整單折扣“%1”既不是百分比（10%）也不是金額（50.00）。</translation>
    </message>
    <message>
        <source>The discounts come to %1 % of what the customer pays, above the %2 % you may grant: a service manager approves them when you settle.</source>
        <translation>折扣合計為客戶應付金額的 %1 %，超過您可給予的 %2 %：結算時須服務經理批准。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · &lt;b&gt;%3&lt;/b&gt; · %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · &lt;b&gt;%3&lt;/b&gt; · %4 · %5</translation>
    </message>
    <message>
        <source>Labor %1</source>
        <translation>工時 %1</translation>
    </message>
    <message>
        <source>materials %1</source>
        <translation>材料 %1</translation>
    </message>
    <message>
        <source>other %1</source>
        <translation>其他 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Discounts %1 (lines %2, order %3, 抹零 %4)</source>
        <translation>折扣 %1（單項 %2，整單 %3，抹零 %4）</translation>
    </message>
    <message>
        <source>Total %1, VAT %2 % included: %3</source>
        <translation>合計 %1，含 %2 % 增值稅：%3</translation>
    </message>
    <message>
        <source>Customer pays %1</source>
        <translation>客戶應付 %1</translation>
    </message>
    <message>
        <source>Change given: %1</source>
        <translation>已找零：%1</translation>
    </message>
    <message>
        <source>Still to pay: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>尚需收款：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 more than due&lt;/b&gt;: correct a payment</source>
        <translation>&lt;b&gt;多收 %1&lt;/b&gt;：請更正收款</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paid in full&lt;/b&gt;</source>
        <translation>&lt;b&gt;已全額收款&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Change to give: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>應找零：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enter the amount this payment covers, e.g. 300.00.</source>
        <translation>請輸入這筆收款的金額，例如 300.00。</translation>
    </message>
    <message>
        <source>The cash received must be at least the amount it pays.</source>
        <translation>實收現金不能少於這筆收款的金額。</translation>
    </message>
    <message>
        <source>%1 is more than the %2 still to pay.</source>
        <translation>%1 超過尚需收款的 %2。</translation>
    </message>
    <message>
        <source>A discount of %1 % of what the customer pays is above the %2 % you may grant. A service manager approves it here with their own name and password.</source>
        <translation>折扣為客戶應付金額的 %1 %，超過您可給予的 %2 %。請服務經理在此輸入本人登入帳號和密碼批准。</translation>
    </message>
    <message>
        <source>Why is this discount granted? The reason is recorded with your name.</source>
        <translation>為什麼給予此折扣？原因將連同您的姓名一起記錄。</translation>
    </message>
    <message>
        <source>Settled as %1. Give %2 change.</source>
        <translation>已結算，結算單號 %1。請找零 %2。</translation>
    </message>
    <message>
        <source>Settled as %1.</source>
        <translation>已結算，結算單號 %1。</translation>
    </message>
    <message>
        <source>Print the statement (Ctrl+P) and the release notice (Ctrl+R).</source>
        <translation>請列印結算清單（Ctrl+P）和出廠通知單（Ctrl+R）。</translation>
    </message>
    <message>
        <source>Reverse statement %1 (冲红) over %2: a negative entry with the reason, authorized by a service manager. The work order then waits to be settled again.</source>
        <translation>衝紅結算單 %1（金額 %2）：一筆帶原因的負數記錄，須服務經理授權。之後工單等待重新結算。</translation>
    </message>
    <message>
        <source>Reversed by %1. Settle the work order again with the right payments.</source>
        <translation>已由 %1 衝紅。請按正確的收款方式重新結算工單。</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌</translation>
    </message>
    <message>
        <source>Settle the work order</source>
        <translation>結算工單</translation>
    </message>
    <message>
        <source>Print the settlement statement</source>
        <translation>列印結算單</translation>
    </message>
    <message>
        <source>Print the release notice</source>
        <translation>列印出廠通知單</translation>
    </message>
    <message>
        <source>Read the queue again</source>
        <translation>重新讀取待結算佇列</translation>
    </message>
    <message>
        <source>In the amount or reference field: add the payment</source>
        <translation>在金額或憑證號欄：新增這筆付款</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) ready to settle</source>
        <translation>
            <numerusform>%n 輛車待結算</numerusform>
        </translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收銀結算</translation>
    </message>
</context>
<context>
    <name>dd::CatalogDialog</name>
    <message>
        <source>Code</source>
        <translation>程式碼</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>車系</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>Labor category</source>
        <translation>工種</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>配件號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Brand or specification</source>
        <translation>品牌或規格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Price (¥)</source>
        <translation>價格（¥）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Operations and parts</source>
        <translation>工時和配件</translation>
    </message>
    <message>
        <source>Importing catalogs needs the service manager&apos;s or the administrator&apos;s role.</source>
        <translation>匯入價目表需要服務經理或管理員角色。</translation>
    </message>
    <message>
        <source>all models</source>
        <translation>所有車型</translation>
    </message>
    <message>
        <source>first rate</source>
        <translation>第一個工時費率</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 (%2 h)</source>
        <translation>%1（%2 小時）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) in the price list</source>
        <translation>
            <numerusform>價格表中共 %n 個配件</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per operation, and one more per model family with its own standard hours (an empty family is for all other models). labor_category is a labor rate&apos;s code; empty takes the first rate.</source>
        <translation>每個工時項目一行；某車系有自己的標準工時時再加一行（車系為空表示其他所有車型）。labor_category 為工時費率程式碼，為空時取第一個費率。</translation>
    </message>
    <message>
        <source>Prices in yuan including VAT. source: oem, equivalent or reconditioned (原厂, 同质, 修复); empty is OEM.</source>
        <translation>價格以元為單位，含增值稅。source：oem、equivalent 或 reconditioned（原廠、同質、修復），為空表示原廠。</translation>
    </message>
    <message>
        <source>One row per operation or part of a job (kind: labor or part). quantity: the part&apos;s quantity, or for labor other hours than the standard. Import the labor operations and parts first.</source>
        <translation>套餐的每個工時或配件一行（kind：labor 或 part）。quantity：配件數量；工時行填寫時表示不按標準工時。請先匯入工時項目和配件。</translation>
    </message>
    <message>
        <source>Import into the catalog: %1</source>
        <translation>匯入價目表：%1</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 還有 %n 條</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 row(s) can be imported, %3 with a warning, %4 rejected.</source>
        <translation>%1：可匯入 %2 行，其中 %3 行有警告，%4 行被拒絕。</translation>
    </message>
    <message>
        <source>Import the accepted rows now? Rejected rows are left out.</source>
        <translation>現在匯入可接受的行嗎？被拒絕的行不會匯入。</translation>
    </message>
    <message>
        <source>Nothing can be imported. Correct the file and try again.</source>
        <translation>沒有可匯入的行。請修改檔案後重試。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Imported %1 row(s) from %2; %3 rejected.</source>
        <translation>已從 %2 匯入 %1 行；%3 行被拒絕。</translation>
    </message>
    <message>
        <source>CSV columns (UTF-8, GB18030/GBK or Big5): %1. %2 A row whose code is already on file replaces it.</source>
        <translation>CSV 欄（UTF-8、GB18030/GBK 或 Big5）：%1。%2 代碼已存在的列將取代原有記錄。</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>按 %1 讀取。</translation>
    </message>
    <message>
        <source>Read as %1. The first names: %2. If they look wrong, cancel and save the file as CSV UTF-8.</source>
        <translation>按 %1 讀取。前幾個名稱：%2。如果看起來不對，請取消，並將檔案另存為 CSV UTF-8。</translation>
    </message>
</context>
<context>
    <name>dd::CatalogRules</name>
    <message>
        <source>The operation needs its code.</source>
        <translation>工時項目需要程式碼。</translation>
    </message>
    <message>
        <source>The operation code &quot;%1&quot; is longer than 40 characters.</source>
        <translation>工時項目程式碼“%1”超過 40 個字元。</translation>
    </message>
    <message>
        <source>The operation %1 needs a description.</source>
        <translation>工時項目 %1 需要描述。</translation>
    </message>
    <message>
        <source>The description of %1 is longer than 200 characters.</source>
        <translation>%1 的描述超過 200 個字元。</translation>
    </message>
    <message>
        <source>The operation %1 needs its standard hours (more than 0, e.g. 1.5).</source>
        <translation>工時項目 %1 需要標準工時（大於 0，例如 1.5）。</translation>
    </message>
    <message>
        <source>The labor category &quot;%1&quot; is not one of the dealership&apos;s labor rates (%2).</source>
        <translation>工種“%1”不是本店的工時費率之一（%2）。</translation>
    </message>
    <message>
        <source>The part needs its part number.</source>
        <translation>配件需要配件號。</translation>
    </message>
    <message>
        <source>The part number &quot;%1&quot; is longer than 40 characters.</source>
        <translation>配件號“%1”超過 40 個字元。</translation>
    </message>
    <message>
        <source>The part %1 needs a name.</source>
        <translation>配件 %1 需要名稱。</translation>
    </message>
    <message>
        <source>The name of the part %1 is longer than 200 characters.</source>
        <translation>配件 %1 的名稱超過 200 個字元。</translation>
    </message>
    <message>
        <source>The part %1 needs a price of 0 or more.</source>
        <translation>配件 %1 需要大於或等於 0 的價格。</translation>
    </message>
    <message>
        <source>The part %1 has an unknown source &quot;%2&quot;.</source>
        <translation>配件 %1 的來源“%2”無法識別。</translation>
    </message>
    <message>
        <source>The unit of the part %1 is longer than 10 characters.</source>
        <translation>配件 %1 的單位超過 10 個字元。</translation>
    </message>
    <message>
        <source>The job needs its code.</source>
        <translation>套餐需要程式碼。</translation>
    </message>
    <message>
        <source>The job %1 needs a name.</source>
        <translation>套餐 %1 需要名稱。</translation>
    </message>
    <message>
        <source>The job %1 has no operations or parts.</source>
        <translation>套餐 %1 沒有工時或配件。</translation>
    </message>
    <message>
        <source>The job %1 has an item of unknown kind &quot;%2&quot; (labor or part).</source>
        <translation>套餐 %1 有一項種類“%2”無法識別（應為 labor 或 part）。</translation>
    </message>
    <message>
        <source>An item of the job %1 has no code.</source>
        <translation>套餐 %1 有一項沒有程式碼。</translation>
    </message>
    <message>
        <source>The part %1 in the job %2 needs a quantity.</source>
        <translation>套餐 %2 中的配件 %1 需要數量。</translation>
    </message>
    <message>
        <source>The job code &quot;%1&quot; is longer than 40 characters.</source>
        <translation>套餐代碼「%1」超過 40 個字元。</translation>
    </message>
    <message>
        <source>The name of the job %1 is longer than 200 characters.</source>
        <translation>套餐 %1 的名稱超過 200 個字元。</translation>
    </message>
</context>
<context>
    <name>dd::CatalogStore</name>
    <message>
        <source>labor operation %1</source>
        <translation>工時項目 %1</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>配件 %1</translation>
    </message>
    <message>
        <source>Labor operation %1</source>
        <translation>工時項目 %1</translation>
    </message>
    <message>
        <source>Labor operation %1 (%2)</source>
        <translation>工時項目 %1（%2）</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>配件 %1</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>套餐 %1</translation>
    </message>
    <message>
        <source>Job %1 (%2)</source>
        <translation>套餐 %1（%2）</translation>
    </message>
</context>
<context>
    <name>dd::ChangeWatcher</name>
    <message>
        <source>the database server does not answer.</source>
        <translation>資料庫伺服器沒有回應。</translation>
    </message>
</context>
<context>
    <name>dd::CheckInDialog</name>
    <message>
        <source>&amp;Open work order</source>
        <translation>開立工單(&amp;O)</translation>
    </message>
    <message>
        <source>Last recorded: %L1 km</source>
        <translation>上次記錄：%L1 公里</translation>
    </message>
    <message>
        <source>None today — walk-in</source>
        <translation>今日無預約 — 直接到店</translation>
    </message>
    <message>
        <source>Enter the mileage shown on the odometer.</source>
        <translation>請輸入里程錶顯示的里程。</translation>
    </message>
    <message>
        <source>Write down at least one concern in the customer&apos;s own words.</source>
        <translation>請至少用客戶自己的話記錄一條描述。</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>Work order %1 is open as a draft. Go on with the walk-around inspection now?</source>
        <translation>工單 %1 已作為草稿開立。現在繼續環車檢查嗎？</translation>
    </message>
    <message>
        <source>Lower mileage</source>
        <translation>里程偏低</translation>
    </message>
    <message>
        <source>The odometer reads %L1 km, less than the last recorded %L2 km.</source>
        <translation>里程錶讀數為 %L1 公里，低於上次記錄的 %L2 公里。</translation>
    </message>
    <message>
        <source>Check the reading. If the instrument cluster was replaced or the odometer reset, check in anyway: the inspection records the reason.</source>
        <translation>請核對讀數。如儀表總成已更換或里程錶已歸零，仍可登記：環車檢查時記錄原因。</translation>
    </message>
    <message>
        <source>Check in &amp;anyway</source>
        <translation>仍然登記(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Correct the reading</source>
        <translation>更正讀數(&amp;C)</translation>
    </message>
    <message>
        <source>%1 at %2, %3 — booked visit, %4</source>
        <translation>%1，%2，%3 — 預約到店，%4</translation>
    </message>
    <message>
        <source>last reading %L1 km on %2</source>
        <translation>上次讀數 %L1 公里（%2）</translation>
    </message>
</context>
<context>
    <name>dd::Cli</name>
    <message>
        <source>see dealerdesk --help</source>
        <translation>參見 dealerdesk --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 不接受引數</translation>
    </message>
    <message>
        <source>backup needs exactly one FILE</source>
        <translation>backup 需要且只需要一個 FILE</translation>
    </message>
    <message>
        <source>--role and --name belong to &quot;user add&quot;</source>
        <translation>--role 和 --name 只用於“user add”</translation>
    </message>
    <message>
        <source>Kept a copy of the database from before the upgrade: %1</source>
        <translation>已保留升級前的資料庫副本：%1</translation>
    </message>
    <message>
        <source>%1: schema version %2, up to date.</source>
        <translation>%1：結構版本 %2，已是最新。</translation>
    </message>
    <message>
        <source>%1: schema version %2 -&gt; %3.</source>
        <translation>%1：結構版本 %2 -&gt; %3。</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 KB).</source>
        <translation>已將 %1 備份到 %2（%3 KB）。</translation>
    </message>
    <message>
        <source>user list takes no arguments</source>
        <translation>user list 不接受引數</translation>
    </message>
    <message>
        <source>user needs add, passwd or list</source>
        <translation>user 後需要 add、passwd 或 list</translation>
    </message>
    <message>
        <source>user %1 needs exactly one NAME</source>
        <translation>user %1 需要且只需要一個 NAME</translation>
    </message>
    <message>
        <source>user add needs at least one --role</source>
        <translation>user add 至少需要一個 --role</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <source>no password given on standard input; DealerDesk has no default passwords</source>
        <translation>標準輸入中沒有密碼；DealerDesk 沒有預設密碼</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次輸入密碼：</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>兩次輸入的密碼不一致；未做任何修改</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已新增 %1（%2）。</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot;</source>
        <translation>沒有使用者“%1”</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密碼：</translation>
    </message>
    <message>
        <source>no password given on standard input; nothing was changed</source>
        <translation>標準輸入中沒有密碼；未做任何修改</translation>
    </message>
    <message>
        <source>Password set for %1.</source>
        <translation>已為 %1 設定密碼。</translation>
    </message>
    <message>
        <source>--state belongs to &quot;workorders&quot;</source>
        <translation>--state 只用於“workorders”</translation>
    </message>
    <message>
        <source>--state must be one of %1</source>
        <translation>--state 必須是以下之一：%1</translation>
    </message>
    <message>
        <source>--dry-run belongs to &quot;import&quot;</source>
        <translation>--dry-run 只用於“import”</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>use: print FORM NUMBER --pdf FILE | --printer NAME</source>
        <translation>用法：print 表單 單號 --pdf 檔案 | --printer 印表機名</translation>
    </message>
    <message>
        <source>print needs either --pdf FILE or --printer NAME</source>
        <translation>print 需要 --pdf 檔案 或 --printer 印表機名（二選一）</translation>
    </message>
    <message>
        <source>FORM must be one of %1</source>
        <translation>表單必須是以下之一：%1</translation>
    </message>
    <message>
        <source>--pdf, --printer and --copies belong to &quot;print&quot;</source>
        <translation>--pdf、--printer 和 --copies 只用於 &quot;print&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Reprinted %1 %2 (%n page(s)) to %3</source>
        <translation>
            <numerusform>已補打 %1 %2（%n 頁）到 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %1 %2 (%n page(s)) to %3</source>
        <translation>
            <numerusform>已列印 %1 %2（%n 頁）到 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>use: import %1 FILE.csv [--dry-run]</source>
        <translation>用法：import %1 檔案.csv [--dry-run]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a signed-in user: dealerdesk --user NAME %1 … (the password comes from DEALERDESK_PASSWORD or the first line of standard input)</source>
        <translation>「%1」需要已登入的使用者：dealerdesk --user 使用者名稱 %1 …（密碼取自 DEALERDESK_PASSWORD 或標準輸入的第一行）</translation>
    </message>
    <message>
        <source>no password for %1: set DEALERDESK_PASSWORD or give it on standard input</source>
        <translation>沒有 %1 的密碼：請設定 DEALERDESK_PASSWORD 或在標準輸入中提供</translation>
    </message>
    <message>
        <source>%1 holds no DealerDesk data (nothing was created)</source>
        <translation>%1 中沒有 DealerDesk 資料（未建立任何內容）</translation>
    </message>
    <message>
        <source>%1: PostgreSQL keeps its own pages; check the server with its tools (pg_amcheck).</source>
        <translation>%1：PostgreSQL 自行管理其資料頁；請在伺服器上用其工具檢查（pg_amcheck）。</translation>
    </message>
    <message>
        <source>dealerdesk: %1 is damaged. The first problems SQLite found:</source>
        <translation>dealerdesk: %1 已損壞。SQLite 發現的前幾個問題：</translation>
    </message>
    <message>
        <source>%1: no damage found (%2 tables, every page and index checked in %3 s).</source>
        <translation>%1：未發現損壞（%2 個資料表，每個頁面和索引均已檢查，用時 %3 秒）。</translation>
    </message>
    <message>
        <source>Next, create the administrator: dealerdesk --db %1 user add admin --role admin --name &quot;…&quot;</source>
        <translation>下一步，建立管理員：dealerdesk --db %1 user add admin --role admin --name &quot;…&quot;</translation>
    </message>
    <message>
        <source>Next, set the administrator&apos;s password: dealerdesk --db %1 user passwd %2</source>
        <translation>下一步，設定管理員密碼：dealerdesk --db %1 user passwd %2</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a CSV file</source>
        <translation>%1 是資料庫本身，不是 CSV 檔案</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use advisor, controller, cashier, clerk, manager or admin</source>
        <translation>未知角色“%1”；請使用 advisor、controller、cashier、clerk、manager 或 admin</translation>
    </message>
    <message>
        <source>--due and --overdue belong to &quot;followups&quot;</source>
        <translation>--due 和 --overdue 只能用於「followups」</translation>
    </message>
    <message>
        <source>use: complaints [--open] [--overdue]</source>
        <translation>用法：complaints [--open] [--overdue]</translation>
    </message>
    <message>
        <source>--open belongs to &quot;complaints&quot;</source>
        <translation>--open 只用於「complaints」</translation>
    </message>
    <message>
        <source>use: messages --date YYYY-MM-DD --csv FILE</source>
        <translation>用法：messages --date YYYY-MM-DD --csv 檔案</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD, e.g. 2026-12-07, not &quot;%1&quot;</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期，例如 2026-12-07，而不是「%1」</translation>
    </message>
    <message>
        <source>--date and --csv belong to &quot;messages&quot;</source>
        <translation>--date 和 --csv 只用於「messages」</translation>
    </message>
</context>
<context>
    <name>dd::CommandContext</name>
    <message>
        <source>The database did not return the new record&apos;s number.</source>
        <translation>資料庫沒有返回新記錄的編號。</translation>
    </message>
    <message>
        <source>%1 no longer exists; it may have been removed at another station.</source>
        <translation>%1 已不存在；可能已在其他工作站被移除。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 on %4 after you opened it. Your changes were not saved and are still on screen; reload to see the other change, then apply yours again.</source>
        <translation>您開啟 %1 之後，%2 於 %3 在 %4 上修改了它。您的修改未儲存，仍顯示在螢幕上；請重新載入檢視對方的修改，然後再次錄入您的修改。</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
</context>
<context>
    <name>dd::Commands</name>
    <message>
        <source>The account %1 is deactivated; nothing was saved. Ask an administrator.</source>
        <translation>帳號 %1 已停用；未儲存任何內容。請聯絡管理員。</translation>
    </message>
    <message>
        <source>%1 may not %2 (roles: %3). Nothing was saved; ask a user with the right role.</source>
        <translation>%1 無權%2（角色：%3）。未儲存任何內容；請由具有相應角色的使用者操作。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>The connection to the database was lost during this change and has been restored. Nothing of this change was saved; please do it again.</source>
        <translation>此次變更過程中與資料庫的連線中斷，現已恢復。此次變更的內容均未儲存；請重新操作。</translation>
    </message>
    <message>
        <source>The connection to the database was lost during this change. Nothing of it was saved. Check the network and that the database server is running, then do it again.</source>
        <translation>此次變更過程中與資料庫的連線中斷。此次變更的內容均未儲存。請檢查網路以及資料庫伺服器是否在執行，然後重新操作。</translation>
    </message>
</context>
<context>
    <name>dd::ComplaintDialog</name>
    <message>
        <source>Find the customer who complains, then write down what they said.</source>
        <translation>先找到投訴的客戶，再記下客戶的原話。</translation>
    </message>
    <message>
        <source>From the %1 of &lt;b&gt;%2&lt;/b&gt; (%3, %4).</source>
        <translation>來自 &lt;b&gt;%2&lt;/b&gt; 的%1（%3，%4）。</translation>
    </message>
    <message>
        <source>(not about one visit)</source>
        <translation>（不針對某次來店）</translation>
    </message>
    <message>
        <source>no vehicle</source>
        <translation>無車輛</translation>
    </message>
    <message>
        <source>A major complaint goes to the service manager at once. </source>
        <translation>重大投訴立即轉服務經理。</translation>
    </message>
    <message>
        <source>First reply by %1, resolved by %2.</source>
        <translation>首次答覆期限 %1，處理完成期限 %2。</translation>
    </message>
</context>
<context>
    <name>dd::ComplaintStepDialog</name>
    <message>
        <source>— ask the customer —</source>
        <translation>— 請詢問客戶 —</translation>
    </message>
    <message>
        <source>Yes, satisfied: the complaint closes</source>
        <translation>滿意：投訴結案</translation>
    </message>
    <message>
        <source>No, not satisfied: it stays open</source>
        <translation>不滿意：繼續處理</translation>
    </message>
    <message>
        <source>— choose a colleague —</source>
        <translation>— 選擇同事 —</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 · %3 · %4&lt;br/&gt;Responsible: %5. %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 · %3 · %4&lt;br/&gt;責任人：%5。%6</translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation>%1 已結案。</translation>
    </message>
    <message>
        <source>Resolve by %1.</source>
        <translation>處理完成期限 %1。</translation>
    </message>
    <message>
        <source>Goodwill is a line paid as goodwill on a new work order: open it at reception, then note its number.</source>
        <translation>善意補償是新工單上付費方式為「善意補償」的項目：請先在接待處開單，再填寫單號。</translation>
    </message>
    <message>
        <source>Open the comeback work order at reception (type: comeback), then note its number.</source>
        <translation>請先在接待處開具返修工單（類型：返修），再填寫單號。</translation>
    </message>
    <message>
        <source>A major complaint: the service manager makes the closing call-back.</source>
        <translation>重大投訴：由服務經理進行結案回訪。</translation>
    </message>
    <message>
        <source>Ask whether the customer is satisfied with how it was handled; only a satisfied customer closes it.</source>
        <translation>詢問客戶對處理結果是否滿意；只有客戶滿意才能結案。</translation>
    </message>
    <message>
        <source>A major complaint: the service manager gives the reply.</source>
        <translation>重大投訴：由服務經理答覆。</translation>
    </message>
</context>
<context>
    <name>dd::ComplaintStore</name>
    <message>
        <source>Write down what the customer said: the complaint needs their words.</source>
        <translation>請記下客戶的原話：投訴需要客戶的陳述。</translation>
    </message>
    <message>
        <source>Choose the customer who complains: find them by plate, phone or name.</source>
        <translation>請選擇投訴的客戶：按車牌、電話或姓名查找。</translation>
    </message>
    <message>
        <source>The work order of the complaint does not exist.</source>
        <translation>投訴所涉的工單不存在。</translation>
    </message>
    <message>
        <source>That work order is another customer&apos;s: choose a visit of the customer who complains.</source>
        <translation>該工單屬於其他客戶：請選擇投訴客戶本人的來店記錄。</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投訴 %1</translation>
    </message>
    <message>
        <source>There is no work order %1: open it at reception first, then note its number here.</source>
        <translation>沒有工單 %1：請先在接待處開單，再在此填寫單號。</translation>
    </message>
    <message>
        <source>Work order %1 is another customer&apos;s, not %2&apos;s.</source>
        <translation>工單 %1 屬於其他客戶，不是 %2 的。</translation>
    </message>
    <message>
        <source>That colleague&apos;s account is not active: choose another.</source>
        <translation>該同事的帳戶已停用：請另選一人。</translation>
    </message>
    <message>
        <source>Complaint #%1 does not exist.</source>
        <translation>投訴 #%1 不存在。</translation>
    </message>
    <message>
        <source>There is no complaint %1; check the number (it starts with the complaint prefix, e.g. TS).</source>
        <translation>沒有投訴 %1；請核對編號（以投訴單前綴開頭，如 TS）。</translation>
    </message>
    <message>
        <source>%1 does not work at the follow-up desk: hand the complaint to a customer-service clerk or the service manager.</source>
        <translation>%1 不在回訪工作台工作：請將投訴移交給客服專員或服務經理。</translation>
    </message>
</context>
<context>
    <name>dd::ComplaintsPanel</name>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>責任人</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>答覆期限</translation>
    </message>
    <message>
        <source>replied %1</source>
        <translation>%1 已答覆</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>reply overdue</source>
        <translation>答覆逾期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>with the service manager</source>
        <translation>已轉服務經理</translation>
    </message>
    <message>
        <source>customer not satisfied</source>
        <translation>客戶不滿意</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>&amp;Open complaints: none</source>
        <translation>處理中的投訴(&amp;O)：無</translation>
    </message>
    <message>
        <source>&amp;Open complaints: %1, %2 past a deadline, %3 with the service manager</source>
        <translation>處理中的投訴(&amp;O)：%1 件，%2 件已逾期，%3 件已轉服務經理</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · received %3 by %4 (%5)%6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · %3 由 %4 受理（%5）%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>滿意</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>不滿意</translation>
    </message>
    <message>
        <source>Complaint %1 registered for %2: first reply by %3, resolved by %4.</source>
        <translation>已為 %2 登記投訴 %1：首次答覆期限 %3，處理完成期限 %4。</translation>
    </message>
    <message>
        <source>%1 is closed: the customer is satisfied.</source>
        <translation>%1 已結案：客戶滿意。</translation>
    </message>
    <message>
        <source>Logged on %1; it stays open (resolve by %2).</source>
        <translation>已記錄到 %1；繼續處理（完成期限 %2）。</translation>
    </message>
    <message>
        <source>Low score on the follow-up call: %1.</source>
        <translation>回訪評分偏低：%1。</translation>
    </message>
    <message>
        <source>manager&apos;s</source>
        <translation>經理處理</translation>
    </message>
</context>
<context>
    <name>dd::Credentials</name>
    <message>
        <source>Enter a sign-in name.</source>
        <translation>請輸入登入帳號。</translation>
    </message>
    <message>
        <source>The sign-in name &quot;%1&quot; must be 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, without spaces.</source>
        <translation>登入帳號“%1”須為 2 到 32 個字母、數字、“.”、“_”或“-”，不能有空格。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name; it is printed on forms.</source>
        <translation>請輸入姓名；姓名會列印在單據上。</translation>
    </message>
    <message>
        <source>The full name is longer than 60 characters.</source>
        <translation>姓名超過 60 個字元。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密碼至少需要 %1 個字元。</translation>
    </message>
    <message>
        <source>The password must not be the sign-in name.</source>
        <translation>密碼不能與登入帳號相同。</translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>密碼不能以空格開頭或結尾。</translation>
    </message>
</context>
<context>
    <name>dd::Csv</name>
    <message>
        <source>line %1, byte %2 of the file (%3)</source>
        <translation>檔案第 %1 行、第 %2 位元組（%3）</translation>
    </message>
    <message>
        <source>The file is UTF-16 (&quot;Unicode text&quot;). Save it as CSV in UTF-8 (in Excel: CSV UTF-8) and import it again.</source>
        <translation>該檔案是 UTF-16（「Unicode 文字」）。請將其另存為 UTF-8 編碼的 CSV（在 Excel 中：CSV UTF-8），然後重新匯入。</translation>
    </message>
    <message>
        <source>The file says it is UTF-8, but it is damaged at %1. Nothing was imported; save the file again as CSV UTF-8 and import it again.</source>
        <translation>該檔案宣告為 UTF-8，但在%1處已損壞。未匯入任何內容；請將檔案重新另存為 CSV UTF-8 後再匯入。</translation>
    </message>
    <message>
        <source>The file is UTF-8, but it is damaged at %1. Nothing was imported; save the file again as CSV UTF-8 and import it again.</source>
        <translation>該檔案是 UTF-8，但在%1處已損壞。未匯入任何內容；請將檔案重新另存為 CSV UTF-8 後再匯入。</translation>
    </message>
    <message>
        <source>The file reads as %1 text, but it is damaged at %2. Nothing was imported; save the file again as CSV UTF-8 and import it again.</source>
        <translation>該檔案按 %1 文字讀取，但在%2處已損壞。未匯入任何內容；請將檔案重新另存為 CSV UTF-8 後再匯入。</translation>
    </message>
    <message>
        <source>The file is not text in UTF-8, GB18030 (GBK) or Big5: the first bytes that fit none of them are at %1. Nothing was imported; save the file as CSV UTF-8 and import it again.</source>
        <translation>該檔案不是 UTF-8、GB18030（GBK）或 Big5 文字：第一處都不符合的位元組在%1。未匯入任何內容；請將檔案另存為 CSV UTF-8 後再匯入。</translation>
    </message>
</context>
<context>
    <name>dd::CustomerRules</name>
    <message>
        <source>Phone call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters; this one has %1.</source>
        <translation>居民身份證號有 18 位；此號碼有 %1 位。</translation>
    </message>
    <message>
        <source>The first 17 characters of a resident ID number are digits; character %1 is &quot;%2&quot;.</source>
        <translation>身份證號前 17 位是數字；第 %1 位是“%2”。</translation>
    </message>
    <message>
        <source>The ID number&apos;s last character should be %1; please check it against the ID card.</source>
        <translation>身份證號最後一位應為 %1，請與身份證核對。</translation>
    </message>
    <message>
        <source>The customer&apos;s name is empty.</source>
        <translation>客戶姓名為空。</translation>
    </message>
    <message>
        <source>The customer&apos;s name is longer than 100 characters.</source>
        <translation>客戶姓名超過 100 個字元。</translation>
    </message>
    <message>
        <source>The phone number %1 is entered twice.</source>
        <translation>電話號碼 %1 重複輸入。</translation>
    </message>
    <message>
        <source>Enter at least one phone number so the shop can reach the customer.</source>
        <translation>請至少輸入一個電話號碼，以便聯絡客戶。</translation>
    </message>
    <message>
        <source>Choose how the customer prefers to be contacted.</source>
        <translation>請選擇客戶希望的聯絡方式。</translation>
    </message>
    <message>
        <source>A company that settles on account needs its tax number for the invoices.</source>
        <translation>掛賬結算的單位需要稅號用於開票。</translation>
    </message>
    <message>
        <source>A contact person has no name.</source>
        <translation>聯絡人沒有姓名。</translation>
    </message>
    <message>
        <source>Contact %1: %2</source>
        <translation>聯絡人 %1：%2</translation>
    </message>
    <message>
        <source>The credit limit is not an amount: enter what may stand open on the account, e.g. 50000.</source>
        <translation>掛賬額度不是有效金額：請輸入可掛賬的金額，例如 50000。</translation>
    </message>
</context>
<context>
    <name>dd::CustomerStore</name>
    <message>
        <source>The customer %1 no longer exists.</source>
        <translation>客戶 %1 已不存在。</translation>
    </message>
    <message>
        <source>The customer %1</source>
        <translation>客戶 %1</translation>
    </message>
</context>
<context>
    <name>dd::DamageMarkDialog</name>
    <message>
        <source>Damage mark %1 (new this visit)</source>
        <translation>損傷標記 %1（本次新發現）</translation>
    </message>
    <message>
        <source>New damage mark</source>
        <translation>新損傷標記</translation>
    </message>
    <message>
        <source>New this visit</source>
        <translation>本次新發現</translation>
    </message>
    <message>
        <source>Damage mark %1 (from an earlier visit)</source>
        <translation>損傷標記 %1（以往到店記錄）</translation>
    </message>
    <message>
        <source>At visit %1 on %2</source>
        <translation>%2 到店（%1）時記錄</translation>
    </message>
    <message>
        <source>Add photos of the damage</source>
        <translation>新增損傷照片</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>A mark keeps at most %1 photos.</source>
        <translation>每個標記最多儲存 %1 張照片。</translation>
    </message>
    <message>
        <source>Not a picture this computer can read: %1. Take the photo again or save it as JPEG or PNG.</source>
        <translation>本機無法讀取的圖片：%1。請重新拍攝，或另存為 JPEG 或 PNG。</translation>
    </message>
</context>
<context>
    <name>dd::Database</name>
    <message>
        <source>The Qt %1 database driver is not installed (Debian package %2).</source>
        <translation>未安裝 Qt %1 資料庫驅動（Debian 軟體包 %2）。</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>資料庫未開啟。</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation>無法開啟資料庫檔案 %1：%2</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at %1. Check that the server is running, the address, user and password are right, and this PC may connect; then retry.</source>
        <translation>無法連線 %1 上的 PostgreSQL 伺服器。請檢查伺服器是否執行、地址、使用者和密碼是否正確、本機是否允許連線，然後重試。</translation>
    </message>
    <message>
        <source>The database file %1 cannot use write-ahead logging (journal mode stays &quot;%2&quot;). Keep the file on a local disk, not on a network share.</source>
        <translation>資料庫檔案 %1 無法使用預寫日誌（日誌模式仍為“%2”）。請把檔案放在本地磁碟上，不要放在網路共享中。</translation>
    </message>
    <message>
        <source>%1 holds a database of another program, not a DealerDesk database. It was left untouched; choose another file or an empty database.</source>
        <translation>%1 是其他程式的資料庫，不是 DealerDesk 資料庫。未對其做任何改動；請選擇其他檔案或空資料庫。</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this DealerDesk knows versions up to %3. It was left untouched; install the newer DealerDesk that wrote it.</source>
        <translation>資料庫 %1 的結構版本為 %2，而本 DealerDesk 最高只支援版本 %3。未對其做任何改動；請安裝寫入該資料庫的較新版本 DealerDesk。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it or choose another place for the database.</source>
        <translation>資料夾 %1 不存在；請建立它或為資料庫選擇其他位置。</translation>
    </message>
    <message>
        <source>The folder %1 is not writable, so the database cannot be created there.</source>
        <translation>資料夾 %1 不可寫入，無法在此建立資料庫。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通檔案。</translation>
    </message>
    <message>
        <source>%1 is not a database file. It was left untouched; choose a DealerDesk database file.</source>
        <translation>%1 不是資料庫檔案。未對其做任何改動；請選擇 DealerDesk 資料庫檔案。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Check its permissions.</source>
        <translation>資料庫檔案 %1 為只讀。請檢查其許可權。</translation>
    </message>
    <message>
        <source>%1 could not be read as a database (%2). It was left untouched.</source>
        <translation>%1 無法作為資料庫讀取（%2）。未對其做任何變動。</translation>
    </message>
    <message>
        <source>Cannot read the database file %1. Check its permissions.</source>
        <translation>無法讀取資料庫檔案 %1。請檢查其權限。</translation>
    </message>
    <message>
        <source>The folder %1 that holds the database is read-only. SQLite writes its journal (%2-wal) beside the database, so nothing can be saved. Make the folder writable for this user, or move the database to a writable folder.</source>
        <translation>存放資料庫的資料夾 %1 是唯讀的。SQLite 需要在資料庫旁寫入日誌檔案（%2-wal），因此無法儲存任何內容。請讓該使用者可寫入此資料夾，或將資料庫移到可寫入的資料夾。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged. DealerDesk writes nothing more to it, so nothing else is lost. Close DealerDesk on every PC; rename the damaged file (keep it for the technician); copy your latest backup (from Backup… or &quot;dealerdesk backup&quot;, or the copy kept before an upgrade, %2) to %1; then start DealerDesk again. &quot;dealerdesk --db %1 check&quot; lists what is damaged.</source>
        <translation>資料庫檔案 %1 已損壞。DealerDesk 不再向其寫入任何內容，因此不會再遺失資料。請關閉所有電腦上的 DealerDesk；將損壞的檔案改名（留給技術人員）；把最近的備份（來自「備份…」或 &quot;dealerdesk backup&quot;，或升級前保留的副本 %2）複製為 %1；然後重新啟動 DealerDesk。&quot;dealerdesk --db %1 check&quot; 可列出損壞之處。</translation>
    </message>
    <message>
        <source>The disk that holds the database %1 is full. Nothing of this change was saved; free some space on that disk (old files, backups kept elsewhere) and try again.</source>
        <translation>存放資料庫 %1 的磁碟已滿。此次變更的內容均未儲存；請釋放該磁碟的空間（舊檔案、另處保存的備份）後再試。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only, so nothing can be saved. Check its permissions.</source>
        <translation>資料庫檔案 %1 是唯讀的，無法儲存任何內容。請檢查其權限。</translation>
    </message>
    <message>
        <source>Cannot open the database file %1. Check that the disk is there and that this user may read and write the file.</source>
        <translation>無法開啟資料庫檔案 %1。請檢查磁碟是否存在，以及該使用者能否讀寫此檔案。</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseCheck</name>
    <message>
        <source>Database check: the PostgreSQL server keeps the pages; check it there (pg_amcheck).</source>
        <translation>資料庫檢查：PostgreSQL 伺服器自行管理資料頁；請在伺服器上檢查（pg_amcheck）。</translation>
    </message>
    <message>
        <source>Database check: running in the background…</source>
        <translation>資料庫檢查：正在背景執行…</translation>
    </message>
    <message>
        <source>Database check: not run yet; it runs once a day in the background.</source>
        <translation>資料庫檢查：尚未執行；每天在背景執行一次。</translation>
    </message>
    <message>
        <source>Database check on %1: the database file is DAMAGED (%2). Restore the latest backup.</source>
        <translation>%1 的資料庫檢查：資料庫檔案已損壞（%2）。請還原最近的備份。</translation>
    </message>
    <message>
        <source>Database check on %1: no damage found (every page and index, %2 s).</source>
        <translation>%1 的資料庫檢查：未發現損壞（每個頁面和索引，%2 秒）。</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseDialog</name>
    <message>
        <source>Now: %1 - %2</source>
        <translation>當前：%1 - %2</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>資料庫檔案</translation>
    </message>
    <message>
        <source>DealerDesk database (*.db)</source>
        <translation>DealerDesk 資料庫 (*.db)</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL server&apos;s name or address.</source>
        <translation>請輸入 PostgreSQL 伺服器的名稱或地址。</translation>
    </message>
    <message>
        <source>Usable: a new or empty database; DealerDesk will set it up at the next start.</source>
        <translation>可以使用：這是新的或空的資料庫；DealerDesk 會在下次啟動時進行初始化。</translation>
    </message>
    <message>
        <source>Usable: a DealerDesk database (schema version %1); it will be upgraded to %2 at the next start.</source>
        <translation>可以使用：DealerDesk 資料庫（結構版本 %1）；下次啟動時將升級到 %2。</translation>
    </message>
    <message>
        <source>Usable: a DealerDesk database (schema version %1).</source>
        <translation>可以使用：DealerDesk 資料庫（結構版本 %1）。</translation>
    </message>
</context>
<context>
    <name>dd::DayCloseDialog</name>
    <message>
        <source>Cashier</source>
        <translation>結帳員</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>筆數</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Export the day close</source>
        <translation>匯出日結</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>日結關賬</translation>
    </message>
    <message>
        <source>Close %1? A day is closed once; settlements made after it belong to the next day.</source>
        <translation>關賬 %1？每天只能關賬一次；之後的結算計入下一天。</translation>
    </message>
    <message>
        <source>Closed by %1 at %2.</source>
        <translation>已由%1於 %2 關賬。</translation>
    </message>
    <message>
        <source>Not closed yet.</source>
        <translation>尚未關賬。</translation>
    </message>
    <message>
        <source>%1 settlements, %2 reversals (%3). Collected &lt;b&gt;%4&lt;/b&gt;; new receivables &lt;b&gt;%5&lt;/b&gt;. %6</source>
        <translation>結算 %1 筆，衝紅 %2 筆（%3）。實收 &lt;b&gt;%4&lt;/b&gt;；新增應收 &lt;b&gt;%5&lt;/b&gt;。%6</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已匯出到 %1。</translation>
    </message>
    <message>
        <source>%1 is closed. Print the report for the cash count.</source>
        <translation>%1 已關賬。請列印日結報表用於點鈔核對。</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>結算單</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>核准人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) ready for settlement and not settled: %1</source>
        <translation>
            <numerusform>%n 輛車待結算但尚未結算：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>within the cashier&apos;s limit</source>
        <translation>收銀員權限內</translation>
    </message>
    <message>
        <source>Discounts given: none.</source>
        <translation>當日折扣：無。</translation>
    </message>
    <message>
        <source>Discounts given, and who approved them: %1 in all</source>
        <translation>當日折扣及核准人：共 %1</translation>
    </message>
    <message>
        <source>%1: %2 handed over to %3, counted %4</source>
        <translation>%1：%2 交班給 %3，實點 %4</translation>
    </message>
    <message>
        <source>%1: day close by %2, counted %3</source>
        <translation>%1：%2 日結，實點 %3</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>長款 %1</translation>
    </message>
    <message>
        <source>short %1</source>
        <translation>短款 %1</translation>
    </message>
    <message>
        <source>count the drawer and enter the amount</source>
        <translation>請盤點錢箱並輸入金額</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; enter e.g. 1250.00</source>
        <translation>「%1」不是金額，請輸入例如 1250.00</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>over %1: say why</source>
        <translation>長款 %1：請註明原因</translation>
    </message>
    <message>
        <source>short %1: say why</source>
        <translation>短款 %1：請註明原因</translation>
    </message>
    <message>
        <source>Count the drawer first and enter the amount (%1 expected).</source>
        <translation>請先盤點錢箱並輸入金額（應有 %1）。</translation>
    </message>
    <message>
        <source>Hand over the shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Who takes the cashier&apos;s desk over?</source>
        <translation>由誰接班收銀？</translation>
    </message>
    <message>
        <source>Handed over to %1. The drawer is counted again at the day close.</source>
        <translation>已交班給 %1。日結時將再次盤點錢箱。</translation>
    </message>
    <message>
        <source>Count the drawer and enter the amount (%1 expected) before closing the day.</source>
        <translation>日結前請盤點錢箱並輸入金額（應有 %1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) are ready for settlement and not settled: %1. They will be settled on the next day.</source>
        <translation>
            <numerusform>%n 輛車待結算但尚未結算：%1。它們將計入下一個營業日。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::DayTimeline</name>
    <message>
        <source>Timeline of the day by advisor and bay</source>
        <translation>當日按顧問和工位的時間軸</translation>
    </message>
    <message>
        <source>(any advisor)</source>
        <translation>（不指定顧問）</translation>
    </message>
    <message>
        <source>(no bay yet)</source>
        <translation>（暫不指定工位）</translation>
    </message>
    <message>
        <source>Advisors</source>
        <translation>服務顧問</translation>
    </message>
    <message>
        <source>Advisor: %1 · Bay: %2</source>
        <translation>服務顧問：%1 · 工位：%2</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（尚未分配）</translation>
    </message>
    <message>
        <source>late %1 min</source>
        <translation>遲到 %1 分鐘</translation>
    </message>
    <message>
        <source>no-show: not here %1 min after the time</source>
        <translation>爽約：超過預約時間 %1 分鐘未到</translation>
    </message>
    <message>
        <source>Overbooked: overlaps another appointment of the same advisor or bay.</source>
        <translation>超額預約：與同一服務顧問或工位的其他預約時間重疊。</translation>
    </message>
    <message>
        <source>%1 is free %2–%3</source>
        <translation>%1 空閒 %2–%3</translation>
    </message>
    <message>
        <source>The workshop is closed on this day.</source>
        <translation>車間當天休息。</translation>
    </message>
    <message>
        <source>Bays</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空閒</translation>
    </message>
    <message>
        <source>No advisors or bays yet.</source>
        <translation>尚無服務顧問或工位。</translation>
    </message>
</context>
<context>
    <name>dd::DbTargets</name>
    <message>
        <source>No database given: pass a file path or a postgresql:// address.</source>
        <translation>未指定資料庫：請提供檔案路徑或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported database address; use a file path for SQLite or postgresql://user@host:port/dbname.</source>
        <translation>“%1”不是支援的資料庫地址；SQLite 請使用檔案路徑，PostgreSQL 請使用 postgresql://user@host:port/dbname。</translation>
    </message>
    <message>
        <source>The PostgreSQL address &quot;%1&quot; cannot be read: %2</source>
        <translation>無法解析 PostgreSQL 地址“%1”：%2</translation>
    </message>
    <message>
        <source>The PostgreSQL address &quot;%1&quot; names no database; end it with /dbname, e.g. postgresql://dealerdesk@192.168.1.10:5432/dealerdesk.</source>
        <translation>PostgreSQL 地址“%1”沒有指定資料庫；請以 /dbname 結尾，例如 postgresql://dealerdesk@192.168.1.10:5432/dealerdesk。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give the path of a database file inside it, e.g. %2.</source>
        <translation>“%1”是資料夾；請提供其中資料庫檔案的路徑，例如 %2。</translation>
    </message>
</context>
<context>
    <name>dd::DealershipRules</name>
    <message>
        <source>1. Please take your valuables with you; the shop is not liable for valuables left in the vehicle.
2. Replaced parts belong to the customer and are returned on request.
3. Additional work is only carried out with the customer&apos;s prior consent.
4. Customer-supplied parts carry no quality guarantee from the shop.</source>
        <translation>1. 請隨身帶走貴重物品；本店對留在車內的貴重物品不承擔責任。
2. 更換下的舊件歸客戶所有，客戶要求時予以返還。
3. 追加維修項目須事先徵得客戶同意後方可施工。
4. 客戶自帶配件，本店不提供質量保證。</translation>
    </message>
    <message>
        <source>The dealership name is empty; it is printed on every form.</source>
        <translation>經銷商名稱為空；該名稱會列印在每張單據上。</translation>
    </message>
    <message>
        <source>The dealership name is longer than 120 characters.</source>
        <translation>經銷商名稱超過 120 個字元。</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 % and 100 %.</source>
        <translation>增值稅率必須在 0% 到 100% 之間。</translation>
    </message>
    <message>
        <source>The VAT rate is %1 %; repair services and parts are normally taxed at 13 %.</source>
        <translation>增值稅率為 %1%；維修服務和配件通常按 13% 徵稅。</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; may only hold digits, spaces, +, - and brackets.</source>
        <translation>電話號碼“%1”只能包含數字、空格、+、- 和括號。</translation>
    </message>
    <message>
        <source>%1 and %2 use the same prefix &quot;%3&quot;; each kind of document needs its own.</source>
        <translation>%1和%2使用了相同的字首“%3”；每種單據需要各自的字首。</translation>
    </message>
    <message>
        <source>The logo is larger than 512 KB; choose a smaller image.</source>
        <translation>標誌圖片超過 512 KB；請選擇較小的圖片。</translation>
    </message>
    <message>
        <source>Labor rate code &quot;%1&quot;: use 1 to 12 capital letters, digits, - or _.</source>
        <translation>工時單價程式碼“%1”：請使用 1 到 12 個大寫字母、數字、- 或 _。</translation>
    </message>
    <message>
        <source>Labor rate %1 has no name.</source>
        <translation>工時單價 %1 沒有名稱。</translation>
    </message>
    <message>
        <source>Labor rate %1 must be more than 0.00 per hour.</source>
        <translation>工時單價 %1 必須大於每小時 0.00。</translation>
    </message>
    <message>
        <source>The tax number has %1 characters; a unified social credit code has 18.</source>
        <translation>稅號有 %1 位；統一社會信用程式碼為 18 位。</translation>
    </message>
    <message>
        <source>The tax number holds &quot;%1&quot; at position %2; only digits and capital letters other than I, O, Z, S and V are used.</source>
        <translation>稅號第 %2 位是“%1”；只能使用數字和除 I、O、Z、S、V 以外的大寫字母。</translation>
    </message>
    <message>
        <source>The tax number&apos;s last character should be %1; check the number for a typing error.</source>
        <translation>稅號最後一位應為 %1；請檢查是否輸入有誤。</translation>
    </message>
    <message>
        <source>Locking idle PCs takes 1 to 240 minutes, or 0 for never.</source>
        <translation>空閒自動鎖定時間須為 1 到 240 分鐘，或 0 表示從不。</translation>
    </message>
    <message>
        <source>The time to greet an arriving customer must be between 30 seconds and 30 minutes.</source>
        <translation>到店接待時限須在 30 秒到 30 分鐘之間。</translation>
    </message>
    <message>
        <source>The time a finding may wait for the customer&apos;s decision must be between 1 and 240 minutes.</source>
        <translation>增修等待客戶決定的時間必須在 1 到 240 分鐘之間。</translation>
    </message>
    <message>
        <source>The discount a role may grant alone must be between 0 and 100 %.</source>
        <translation>各角色可自行給予的折扣必須在 0 到 100 % 之間。</translation>
    </message>
    <message>
        <source>The maintenance interval must be between 500 and 50,000 km.</source>
        <translation>保養間隔必須在 500 到 50,000 公里之間。</translation>
    </message>
    <message>
        <source>The maintenance interval must be between 1 and 24 months.</source>
        <translation>保養間隔必須在 1 到 24 個月之間。</translation>
    </message>
    <message>
        <source>The workshop must open before it closes (for example 08:30 to 18:00).</source>
        <translation>車間的開門時間必須早於關門時間（例如 08:30 至 18:00）。</translation>
    </message>
    <message>
        <source>The workshop is open for less than 2 hours a day; check its opening and closing times.</source>
        <translation>車間每天營業不足 2 小時，請檢查開門和關門時間。</translation>
    </message>
    <message>
        <source>The workshop cannot be closed on every day of the week.</source>
        <translation>車間不能一週七天都休息。</translation>
    </message>
    <message>
        <source>A late booking becomes a no-show after 5 to 240 minutes.</source>
        <translation>遲到的預約須在 5 至 240 分鐘後判定為爽約。</translation>
    </message>
    <message>
        <source>The guarantee for %1 may not be less than the legal %L2 km and %3 days.</source>
        <translation>%1的品質保證期不得低於法定的 %L2 公里和 %3 天。</translation>
    </message>
    <message>
        <source>The guarantee for %1 is longer than 500,000 km or 10 years; check the figures.</source>
        <translation>%1的品質保證期超過 500,000 公里或 10 年，請檢查數字。</translation>
    </message>
    <message>
        <source>The message text is longer than 500 characters; an SMS platform splits or refuses it.</source>
        <translation>訊息內容超過 500 個字元；簡訊平台會拆分或拒發。</translation>
    </message>
</context>
<context>
    <name>dd::DealershipSettingsDialog</name>
    <message>
        <source>Code</source>
        <translation>程式碼</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Rate per hour</source>
        <translation>每小時單價</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>無標誌</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>選擇標誌</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>無法將 %1 讀取為圖片：%2</translation>
    </message>
    <message>
        <source>The VAT rate &quot;%1&quot; is not a percentage between 0 and 100, e.g. 13.</source>
        <translation>增值稅率“%1”不是 0 到 100 之間的百分數，例如 13。</translation>
    </message>
    <message>
        <source>Labor rate %1: &quot;%2&quot; is not an amount; enter e.g. 180.00.</source>
        <translation>工時單價 %1：“%2”不是金額；請輸入例如 180.00。</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>仍要儲存嗎？</translation>
    </message>
    <message>
        <source>Save these settings anyway?</source>
        <translation>仍要儲存這些設定嗎？</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>The discount limit &quot;%1&quot; is not a percentage between 0 and 100, e.g. 5.</source>
        <translation>折扣上限“%1”不是 0 到 100 之間的百分比，例如 5。</translation>
    </message>
    <message>
        <source>the first by code</source>
        <translation>按代碼排第一的費率</translation>
    </message>
    <message>
        <source>%L1 km, %2 days</source>
        <translation>%L1 公里，%2 天</translation>
    </message>
    <message>
        <source>Examples: %1, %2, %3, %4, %5</source>
        <translation>範例：%1、%2、%3、%4、%5</translation>
    </message>
</context>
<context>
    <name>dd::DealershipStore</name>
    <message>
        <source>The dealership settings are missing from the database.</source>
        <translation>資料庫中缺少經銷商設定。</translation>
    </message>
    <message>
        <source>The dealership settings</source>
        <translation>經銷商設定</translation>
    </message>
    <message>
        <source>A labor rate with the code %1 already exists.</source>
        <translation>程式碼為 %1 的工時單價已存在。</translation>
    </message>
    <message>
        <source>Labor rate %1</source>
        <translation>工時單價 %1</translation>
    </message>
    <message>
        <source>The default labor rate %1 is not an active labor rate; choose another one.</source>
        <translation>預設工時費率 %1 不是啟用中的費率，請另選一個。</translation>
    </message>
</context>
<context>
    <name>dd::DecisionDialog</name>
    <message>
        <source>The customer&apos;s decision: %1</source>
        <translation>客戶決定：%1</translation>
    </message>
    <message>
        <source>Safety-critical</source>
        <translation>涉及安全</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Not covered by warranty: %1</source>
        <translation>不在保修範圍：%1</translation>
    </message>
    <message>
        <source>Extra time: %1 min; new promised time %2</source>
        <translation>增加時間：%1 分鐘；新的承諾交車時間 %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Bring up again on</source>
        <translation>下次提醒日期</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>請選擇…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2027-03-01.</source>
        <translation>“%1”不是日期，請寫成 2027-03-01 的格式。</translation>
    </message>
    <message>
        <source>Owner: %1; brought in by %2</source>
        <translation>車主：%1；送修人：%2</translation>
    </message>
</context>
<context>
    <name>dd::DeliveryDialog</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>By</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Reason / new promise</source>
        <translation>原因 / 新承諾時間</translation>
    </message>
    <message>
        <source>new promise %1</source>
        <translation>新承諾時間 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>promised %1, tell the customer by &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>承諾 %1，須在 &lt;b&gt;%2&lt;/b&gt; 前通知客戶</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>已於 %1 交車</translation>
    </message>
    <message>
        <source>Pickup checklist (after settlement at the cashier desk)</source>
        <translation>交車核對（在結算臺結算後）</translation>
    </message>
    <message>
        <source>Logged: %1 by %2.</source>
        <translation>已記錄：%1，透過%2。</translation>
    </message>
    <message>
        <source>Delivered at %1.</source>
        <translation>已於 %1 交車。</translation>
    </message>
    <message>
        <source>The odometer &quot;%1&quot; is not a number of km; type it as on the dashboard, e.g. 52360, or leave it empty.</source>
        <translation>里程「%1」不是公里數；請按儀表顯示輸入，例如 52360，或留空。</translation>
    </message>
    <message>
        <source>the customer signed the pickup on screen</source>
        <translation>客戶已在螢幕上簽名確認取車</translation>
    </message>
    <message>
        <source>the pickup was neither signed nor printed</source>
        <translation>取車確認既未簽名也未列印</translation>
    </message>
    <message>
        <source>Delivered at %1; %2.</source>
        <translation>已於 %1 交車；%2。</translation>
    </message>
    <message>
        <source>the release notice was printed or saved for the customer&apos;s signature</source>
        <translation>出廠通知單已列印或儲存，交客戶簽名</translation>
    </message>
    <message>
        <source>the release notice signed earlier stands</source>
        <translation>先前已簽名的出廠通知單仍然有效</translation>
    </message>
</context>
<context>
    <name>dd::DeliveryRules</name>
    <message>
        <source>Car ready</source>
        <translation>車輛已完工</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延誤</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>當面</translation>
    </message>
    <message>
        <source>Belongings returned and checked with the customer</source>
        <translation>隨車物品已與客戶核對並交還</translation>
    </message>
    <message>
        <source>Keys handed over</source>
        <translation>鑰匙已交付</translation>
    </message>
    <message>
        <source>Old parts handed over or their waiver signed</source>
        <translation>舊件已交付或客戶已簽字放棄</translation>
    </message>
    <message>
        <source>Documents returned (licence, service book, statement)</source>
        <translation>證件資料已交還（行駛證、保養手冊、結算單）</translation>
    </message>
</context>
<context>
    <name>dd::DeliveryStore</name>
    <message>
        <source>Unknown kind of notification &quot;%1&quot;.</source>
        <translation>未知的通知型別“%1”。</translation>
    </message>
    <message>
        <source>Say how the customer was told (phone, text message, WeChat or in person).</source>
        <translation>請說明通知客戶的方式（電話、簡訊、微信或當面）。</translation>
    </message>
    <message>
        <source>A delay notification needs the reason given to the customer.</source>
        <translation>延誤通知須填寫告知客戶的原因。</translation>
    </message>
    <message>
        <source>The new promised time must be later than now.</source>
        <translation>新的承諾時間必須晚於現在。</translation>
    </message>
    <message>
        <source>Work order %1 is %2; there is nobody to notify.</source>
        <translation>工單 %1 當前為%2，無需通知客戶。</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>工單 %1</translation>
    </message>
</context>
<context>
    <name>dd::Demo</name>
    <message>
        <source>The demo dealership is already loaded.</source>
        <translation>演示經銷商已載入。</translation>
    </message>
    <message>
        <source>This database already holds a dealership&apos;s staff; the demo only goes into an empty database.</source>
        <translation>該資料庫已有經銷商員工；演示資料只能載入空資料庫。</translation>
    </message>
    <message>
        <source>Dealership: %1</source>
        <translation>經銷商：%1</translation>
    </message>
    <message>
        <source>Labor rates: %1</source>
        <translation>工時單價：%1 個</translation>
    </message>
    <message>
        <source>Staff: %1, without passwords; an administrator sets them under Users.</source>
        <translation>員工：%1 名，尚無密碼；由管理員在“使用者”中設定。</translation>
    </message>
    <message>
        <source>Customers: %1 people and %2 companies</source>
        <translation>客戶：%1 位個人、%2 家單位</translation>
    </message>
    <message>
        <source>Vehicles: %1 (%2 European VINs without a check digit)</source>
        <translation>車輛：%1 輛（其中 %2 個歐洲 VIN 無校驗位）</translation>
    </message>
    <message>
        <source>Past visits: %1</source>
        <translation>歷史來店：%1 次</translation>
    </message>
    <message>
        <source>Appointments today and tomorrow: %1</source>
        <translation>今明兩天預約：%1 個</translation>
    </message>
    <message>
        <source>At the counter now: 3 arrivals, work order %1 in draft</source>
        <translation>前臺現有：3 輛到店車輛，工單 %1 為草稿</translation>
    </message>
    <message>
        <source>Inspections: %1 earlier ones with damage marks, %2 completed this morning, %3 under way</source>
        <translation>環車檢查：以往 %1 次（有損傷標記），今天上午完成 %2 次，進行中 %3 次</translation>
    </message>
    <message>
        <source>The demo catalog %1 is missing from the program.</source>
        <translation>程式中缺少演示價目表 %1。</translation>
    </message>
    <message>
        <source>The demo catalog %1 has rejected rows: %2</source>
        <translation>演示價目表 %1 中有被拒絕的行：%2</translation>
    </message>
    <message>
        <source>Catalogs: %1 labor operation rows, %2 parts, %3 canned-job rows (the CSV files in db/demo).</source>
        <translation>價目表：工時項目 %1 行，配件 %2 個，套餐 %3 行（db/demo 中的 CSV 檔案）。</translation>
    </message>
    <message>
        <source>Cashier: 4 settlements (split payment, a manager-approved discount, a reversal and its new settlement), 2 cars delivered, 1 waiting for pickup</source>
        <translation>結算臺：4 筆結算（組合收款、經理批准的折扣、一筆衝紅及重新結算），2 輛車已交車，1 輛待取車</translation>
    </message>
    <message>
        <source>Workshop: %1 work orders from authorized to ready for settlement, one cancelled with its reason, %2 add-on finding decided, %3 waiting for the customer</source>
        <translation>車間：%1 張工單，從已授權到待結算，一張已取消（附原因），%2 項增修已決定，%3 項等待客戶確認</translation>
    </message>
    <message>
        <source>Complaints: 3 (one closed with the customer satisfied, one overdue with the service manager, one major open)</source>
        <translation>投訴：3 件（1 件已結案且客戶滿意，1 件逾期已轉服務經理，1 件重大投訴處理中）</translation>
    </message>
</context>
<context>
    <name>dd::DispatchBoardPage</name>
    <message>
        <source>Promised</source>
        <translation>承諾交車</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>維修技師</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交車間</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計劃工時</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服務顧問</translation>
    </message>
    <message>
        <source>Red: promised time passed. Amber: 75 % of the planned time has run; ask the workshop whether the promise holds. Enter opens the work order.</source>
        <translation>紅色：已過承諾交車時間。黃色：計劃工時已過 75%，請向車間確認能否按時交車。按回車開啟工單。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) waiting</source>
        <translation>
            <numerusform>%n 個增修待確認</numerusform>
        </translation>
    </message>
    <message>
        <source>rework %1</source>
        <translation>返工 %1 次</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 交 %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>check progress</source>
        <translation>確認進度</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n job(s), %2 h</source>
        <translation>
            <numerusform>%1：%n 個工單，%2 小時</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) in the workshop</source>
        <translation>
            <numerusform>車間在修工單 %n 張</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the promised time</source>
        <translation>
            <numerusform>%n 張已過承諾時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress check(s) due</source>
        <translation>
            <numerusform>%n 張需確認進度</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation>通知客戶</translation>
    </message>
    <message>
        <source>delay due</source>
        <translation>須告知延誤</translation>
    </message>
    <message>
        <source>Open the selected work order</source>
        <translation>開啟所選工單</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>車間調度</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>顯示 %n 張</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::DocumentNumbers</name>
    <message>
        <source>Work order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>結算單</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>The document number prefix is empty; enter 1 to 6 capital letters or digits, e.g. WO.</source>
        <translation>單據編號字首為空；請輸入 1 到 6 個大寫字母或數字，例如 WO。</translation>
    </message>
    <message>
        <source>The document number prefix &quot;%1&quot; may only hold 1 to 6 capital letters (A-Z) or digits and must start with a letter.</source>
        <translation>單據編號字首“%1”只能包含 1 到 6 個大寫字母（A-Z）或數字，並且必須以字母開頭。</translation>
    </message>
    <message>
        <source>Completion certificate</source>
        <translation>竣工出廠合格證</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴單</translation>
    </message>
</context>
<context>
    <name>dd::DocumentService</name>
    <message>
        <source>There is no form &quot;%1&quot;. Forms: %2.</source>
        <translation>沒有表單“%1”。可用表單：%2。</translation>
    </message>
    <message>
        <source>That printed document is no longer on record.</source>
        <translation>該列印記錄已不存在。</translation>
    </message>
    <message>
        <source>The stored copy of %1 %2 is damaged and cannot be reprinted.</source>
        <translation>%1 %2 的存檔副本已損壞，無法補打。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another place for the PDF.</source>
        <translation>資料夾 %1 不存在，請為 PDF 選擇其他位置。</translation>
    </message>
    <message>
        <source>There is no printer named &quot;%1&quot;; no printer is installed on this computer.</source>
        <translation>沒有名為“%1”的印表機；本機未安裝任何印表機。</translation>
    </message>
    <message>
        <source>There is no printer named &quot;%1&quot;. Installed printers: %2.</source>
        <translation>沒有名為“%1”的印表機。已安裝的印表機：%2。</translation>
    </message>
    <message>
        <source>Choose a printer or a PDF file.</source>
        <translation>請選擇印表機或 PDF 檔案。</translation>
    </message>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation>沒有表單「%1」。</translation>
    </message>
    <message>
        <source>The %1 is not signed on screen; print it for the customer&apos;s signature.</source>
        <translation>%1不在螢幕上簽名；請列印後由客戶簽字。</translation>
    </message>
    <message>
        <source>Enter the name of the person signing.</source>
        <translation>請輸入簽名人的姓名。</translation>
    </message>
    <message>
        <source>There is no signature yet: the customer signs on the pad first.</source>
        <translation>還沒有簽名：請客戶先在簽名區簽名。</translation>
    </message>
    <message>
        <source>Unknown signature device &quot;%1&quot;.</source>
        <translation>未知的簽名裝置「%1」。</translation>
    </message>
    <message>
        <source>%1 %2 changed after it was shown to the customer, so it was not signed. Look at it again with the customer, then ask for the signature again.</source>
        <translation>%1 %2 在給客戶看過之後已被修改，因此未簽名。請與客戶重新核對後再請客戶簽名。</translation>
    </message>
</context>
<context>
    <name>dd::DocumentStore</name>
    <message>
        <source>The database did not return the new record&apos;s number.</source>
        <translation>資料庫沒有返回新記錄的編號。</translation>
    </message>
</context>
<context>
    <name>dd::EnergyRules</name>
    <message>
        <source>Petrol</source>
        <translation>汽油</translation>
    </message>
    <message>
        <source>Diesel</source>
        <translation>柴油</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>油電混合</translation>
    </message>
    <message>
        <source>Plug-in hybrid</source>
        <translation>插電式混合動力</translation>
    </message>
    <message>
        <source>Battery electric</source>
        <translation>純電動</translation>
    </message>
    <message>
        <source>Fuel cell</source>
        <translation>燃料電池</translation>
    </message>
</context>
<context>
    <name>dd::FindingDialog</name>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>not a warranty matter</source>
        <translation>不涉及保修</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Hours / qty</source>
        <translation>工時/數量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>Total ¥%1 (incl. VAT)</source>
        <translation>合計 ¥%1（含稅）</translation>
    </message>
    <message>
        <source>Photos of the finding</source>
        <translation>增修項目的照片</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 張照片</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a picture this computer can read: %1.</source>
        <translation>本機無法讀取的圖片：%1。</translation>
    </message>
</context>
<context>
    <name>dd::FirstRunDialog</name>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>This database already holds a dealership&apos;s data.</source>
        <translation>該資料庫已有經銷商資料。</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>兩次輸入的密碼不一致；請輸入相同的密碼。</translation>
    </message>
    <message>
        <source>Enter the dealership&apos;s name; it is printed on every form.</source>
        <translation>請輸入經銷商名稱；該名稱會列印在每張單據上。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>建立(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>設定密碼(&amp;S)</translation>
    </message>
    <message>
        <source>Set the administrator&apos;s password</source>
        <translation>設定管理員密碼</translation>
    </message>
    <message>
        <source>This database already holds a dealership and its staff, but no administrator can sign in yet. Choose the administrator&apos;s password; DealerDesk has no default password. Then the administrator sets the staff&apos;s passwords under Settings &gt; Users.</source>
        <translation>此資料庫已有經銷商及其員工，但還沒有管理員能夠登入。請設定管理員密碼；DealerDesk 沒有預設密碼。之後由管理員在「設定 &gt; 使用者」中為員工設定密碼。</translation>
    </message>
</context>
<context>
    <name>dd::FirstStart</name>
    <message>
        <source>Enter the dealership&apos;s name; it is printed on every form.</source>
        <translation>請輸入經銷商名稱；該名稱會列印在每張單據上。</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>首次啟動</translation>
    </message>
    <message>
        <source>This database already has an administrator; sign in instead.</source>
        <translation>該資料庫已有管理員；請直接登入。</translation>
    </message>
    <message>
        <source>This database already holds a dealership&apos;s staff; set the administrator&apos;s password instead of creating a new dealership.</source>
        <translation>此資料庫已有經銷商的員工；請設定管理員密碼，而不是新建經銷商。</translation>
    </message>
</context>
<context>
    <name>dd::FollowUpCallDialog</name>
    <message>
        <source>%1 (deferred to %2)</source>
        <translation>%1（暫緩至 %2）</translation>
    </message>
    <message>
        <source>%1 (declined)</source>
        <translation>%1（客戶拒絕）</translation>
    </message>
    <message>
        <source>Work done: %1. Amount %2. Served by %3; the car left %4.</source>
        <translation>維修項目：%1。金額 %2。服務顧問 %3；交車時間 %4。</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>無記錄</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Still open: %1.</source>
        <translation>尚未處理：%1。</translation>
    </message>
    <message>
        <source>Ask how the visit went, and the satisfaction questions.</source>
        <translation>詢問此次服務感受，並進行滿意度調查。</translation>
    </message>
    <message>
        <source>Ask whether the repair holds; no survey on this call.</source>
        <translation>詢問維修效果是否良好；本次不做滿意度調查。</translation>
    </message>
</context>
<context>
    <name>dd::FollowUpCommand</name>
    <message>
        <source>use: followups [--due YYYY-MM-DD | --overdue]</source>
        <translation>用法：followups [--due YYYY-MM-DD | --overdue]</translation>
    </message>
    <message>
        <source>--due needs a date as YYYY-MM-DD, e.g. 2026-12-07, not &quot;%1&quot;</source>
        <translation>--due 需要 YYYY-MM-DD 格式的日期，例如 2026-12-07，而不是「%1」</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of %1 written to %2</source>
        <translation>
            <numerusform>%1 的 %n 則訊息已寫入 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::FollowUpMessageDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was not reached on the %2 about %3: send this instead.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 在關於 %3 的%2中未能聯繫上：改發以下訊息。</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>郵寄地址</translation>
    </message>
    <message>
        <source>mobile number or WeChat ID</source>
        <translation>手機號或微信號</translation>
    </message>
</context>
<context>
    <name>dd::FollowUpPage</name>
    <message>
        <source>On the selected call: log it (reached, no answer, call back …)</source>
        <translation>在所選回訪上：登記結果（已聯繫上、無人接聽、稍後回電……）</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up call(s) due, %1 of them overdue</source>
        <translation>
            <numerusform>%n 個回訪到期，其中 %1 個已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message numerus="yes">
        <source>%1 (overdue %n day(s))</source>
        <translation>
            <numerusform>%1（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>服務顧問</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>已撥打</translation>
    </message>
    <message>
        <source>&amp;Calls to make: none this week</source>
        <translation>待回訪(&amp;C)：本週沒有</translation>
    </message>
    <message>
        <source>&amp;Calls to make: %1 due today, %2 of them overdue; %3 in the week ahead</source>
        <translation>待回訪(&amp;C)：今天到期 %1 個，其中逾期 %2 個；未來一週 %3 個</translation>
    </message>
    <message>
        <source>%1 for %2 (%3), served by %4; the car left %5.</source>
        <translation>%2（%3）的%1，服務顧問 %4；交車時間 %5。</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) so far.</source>
        <translation>
            <numerusform>已撥打 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reached after the tries the dealership allows: send a message or a letter instead.</source>
        <translation>按本店規定的次數仍未聯繫上：請改發訊息或信函。</translation>
    </message>
    <message>
        <source>Logged for %1; the call stays on the list (due %2).</source>
        <translation>已為 %1 登記；該回訪仍在列表中（到期 %2）。</translation>
    </message>
    <message>
        <source>Logged for %1: %2.</source>
        <translation>已為 %1 登記：%2。</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>客戶回訪</translation>
    </message>
    <message>
        <source>Between the call queue and the complaints (or Alt+Q, Alt+P)</source>
        <translation>在回訪佇列和投訴之間切換（或 Alt+Q、Alt+P）</translation>
    </message>
    <message>
        <source>The customer on the selected call complains: register it</source>
        <translation>所選回訪的客戶有投訴：登記</translation>
    </message>
    <message>
        <source>Complaints: register a new one (counter, phone, letter, hotline, online)</source>
        <translation>投訴：登記新投訴（前台、電話、信函、原廠客服、網上）</translation>
    </message>
    <message>
        <source>Complaints: log a step on the selected one (or Enter)</source>
        <translation>投訴：對所選投訴記錄處理（或 Enter）</translation>
    </message>
    <message>
        <source>Complaints: print the complaint-handling form</source>
        <translation>投訴：列印客戶投訴處理單</translation>
    </message>
    <message>
        <source>Read the calls and complaints again</source>
        <translation>重新讀取回訪和投訴</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) open, %1 past a deadline</source>
        <translation>
            <numerusform>%n 件投訴處理中，%1 件已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged for %1. The low score opened complaint %2 for the service manager (Alt+P shows it).</source>
        <translation>已為 %1 記錄。評分偏低，已為服務經理開立投訴 %2（按 Alt+P 查看）。</translation>
    </message>
    <message>
        <source>A message or a letter instead of a call the customer was not reached on</source>
        <translation>對未聯繫上的客戶改發訊息或信函</translation>
    </message>
    <message>
        <source>A %1 to %2 is queued instead of the call; the call counts as done.</source>
        <translation>已為 %2 加入一則%1代替電話；此次回訪計為完成。</translation>
    </message>
</context>
<context>
    <name>dd::FollowUpRules</name>
    <message>
        <source>Next-day call</source>
        <translation>次日回訪</translation>
    </message>
    <message>
        <source>First call</source>
        <translation>首次回訪</translation>
    </message>
    <message>
        <source>Second call</source>
        <translation>二次回訪</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待回訪</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已聯繫上</translation>
    </message>
    <message>
        <source>Message sent instead</source>
        <translation>已改發訊息</translation>
    </message>
    <message>
        <source>Closed without contact</source>
        <translation>未聯繫上，已關閉</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>無人接聽</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>佔線</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>號碼錯誤</translation>
    </message>
    <message>
        <source>Asked to be called back</source>
        <translation>要求稍後回電</translation>
    </message>
    <message>
        <source>Refused the call</source>
        <translation>拒絕回訪</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回訪電話</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>來電</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s hotline</source>
        <translation>原廠專線轉辦</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Repair quality</source>
        <translation>維修品質</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>服務態度</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>等待時間</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Damage to the car</source>
        <translation>車輛損傷</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Major (compensation, or beyond the clerk)</source>
        <translation>重大（涉及賠償或客服專員無法解決）</translation>
    </message>
    <message>
        <source>Not called: the customer has not agreed to be called after the visit (PIPL consent).</source>
        <translation>不回訪：客戶未同意到店後接受回訪（個人資料保護所要求的同意）。</translation>
    </message>
    <message>
        <source>%1 served this customer: the dealership asks that a colleague makes the follow-up call.</source>
        <translation>%1 接待了這位客戶：本店要求由其他同事進行回訪。</translation>
    </message>
    <message>
        <source>This customer has an open complaint: no satisfaction survey until it is closed.</source>
        <translation>該客戶有未結投訴：投訴關閉前不做滿意度調查。</translation>
    </message>
    <message>
        <source>Surveyed on %1, less than %2 days ago: not asked again yet.</source>
        <translation>%1 已做過調查，距今不足 %2 天：暫不再次調查。</translation>
    </message>
    <message>
        <source>A factor is scored 1 to 10 (0 when not answered), not %1.</source>
        <translation>各項評分為 1 到 10 分（未回答為 0），不能是 %1。</translation>
    </message>
    <message>
        <source>Would they recommend us is scored 0 to 10, not %1.</source>
        <translation>推薦意願評分為 0 到 10 分，不能是 %1。</translation>
    </message>
    <message>
        <source>A complaint closes after the call-back in which the customer says whether they are satisfied.</source>
        <translation>投訴須在回訪中客戶表示是否滿意後才能關閉。</translation>
    </message>
    <message>
        <source>The customer is not satisfied: the complaint stays open, or goes to the service manager.</source>
        <translation>客戶不滿意：投訴保持未結，或升級至服務經理。</translation>
    </message>
    <message>
        <source>Not called</source>
        <translation>不回訪</translation>
    </message>
    <message>
        <source>Not called: the customer refused an earlier call about this visit.</source>
        <translation>不回訪：客戶已拒絕此次到店的前一次回訪。</translation>
    </message>
    <message>
        <source>Not called: an internal work order, the dealership&apos;s own car.</source>
        <translation>不回訪：內部工單，本店自有車輛。</translation>
    </message>
    <message>
        <source>Not called: no phone number on file; add one to the customer to call after the next visit.</source>
        <translation>不回訪：沒有登記電話號碼；請為客戶新增號碼，以便下次到店後回訪。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Closed, customer satisfied</source>
        <translation>已結案，客戶滿意</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Called the customer</source>
        <translation>已致電客戶</translation>
    </message>
    <message>
        <source>Investigated</source>
        <translation>已調查</translation>
    </message>
    <message>
        <source>Comeback work order opened</source>
        <translation>已開返修工單</translation>
    </message>
    <message>
        <source>Goodwill offered</source>
        <translation>已提供善意補償</translation>
    </message>
    <message>
        <source>Reply given</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>回訪確認</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <source>A complaint is received once, when it is registered.</source>
        <translation>投訴只在登記時受理一次。</translation>
    </message>
    <message>
        <source>The complaint is closed: reopen it first, saying why.</source>
        <translation>該投訴已結案：請先重新開啟並說明原因。</translation>
    </message>
    <message>
        <source>The complaint is still open: there is nothing to reopen.</source>
        <translation>該投訴仍在處理中：無需重新開啟。</translation>
    </message>
    <message>
        <source>Say why the complaint is reopened.</source>
        <translation>請說明重新開啟投訴的原因。</translation>
    </message>
    <message>
        <source>Note what was done or said.</source>
        <translation>請記下所做的事或所說的話。</translation>
    </message>
    <message>
        <source>Choose who takes the complaint over.</source>
        <translation>請選擇接手該投訴的人。</translation>
    </message>
    <message>
        <source>That person is already responsible for the complaint.</source>
        <translation>此人已是該投訴的責任人。</translation>
    </message>
    <message>
        <source>Enter the number of the work order opened for it.</source>
        <translation>請輸入為此開具的工單號。</translation>
    </message>
    <message>
        <source>Work order %1 has no goodwill line: add a line paid as goodwill to it first.</source>
        <translation>工單 %1 沒有善意補償項目：請先新增一項付費方式為「善意補償」的項目。</translation>
    </message>
    <message>
        <source>Record whether the customer is satisfied.</source>
        <translation>請記錄客戶是否滿意。</translation>
    </message>
    <message>
        <source>A big job is given by an amount and sold hours of 0 or more (0: not used).</source>
        <translation>大額維修的金額和工時須為 0 或以上（0：不使用）。</translation>
    </message>
    <message>
        <source>The first call falls 2 to 7 days after delivery, not %1.</source>
        <translation>首次回訪應在交車後 2 至 7 天，不能是 %1。</translation>
    </message>
    <message>
        <source>The second call comes 1 to 30 days after the first, not %1.</source>
        <translation>二次回訪應在首次後 1 至 30 天，不能是 %1。</translation>
    </message>
    <message>
        <source>A call turns into a message after 1 to 10 failed attempts, not %1.</source>
        <translation>撥打失敗 1 至 10 次後改發訊息，不能是 %1。</translation>
    </message>
    <message>
        <source>A call turns into a message 1 to 30 days after it fell due, not %1.</source>
        <translation>回訪到期 1 至 30 天後改發訊息，不能是 %1。</translation>
    </message>
    <message>
        <source>The gap between two surveys of a customer is 0 to 365 days, not %1.</source>
        <translation>同一客戶兩次調查的間隔為 0 至 365 天，不能是 %1。</translation>
    </message>
    <message>
        <source>A low score is 0 to 9 (at or below it a complaint opens), not %1.</source>
        <translation>低分線為 0 至 9（不高於此分即開立投訴），不能是 %1。</translation>
    </message>
    <message>
        <source>A complaint&apos;s deadlines are 1 to 720 hours after it is received, not %1.</source>
        <translation>投訴期限為受理後 1 至 720 小時，不能是 %1。</translation>
    </message>
    <message>
        <source>A complaint&apos;s first reply is due before its resolution, not after.</source>
        <translation>投訴的首次答覆期限須早於處理完成期限。</translation>
    </message>
    <message>
        <source>big job from %1 or %2 h</source>
        <translation>大額維修起點 %1 或 %2 小時</translation>
    </message>
    <message>
        <source>first call on day %1, second %2 days later</source>
        <translation>第 %1 天首次回訪，%2 天後二次回訪</translation>
    </message>
    <message>
        <source>not by the serving advisor</source>
        <translation>不由接待顧問回訪</translation>
    </message>
    <message>
        <source>the serving advisor may call</source>
        <translation>接待顧問可親自回訪</translation>
    </message>
    <message>
        <source>a message after %1 failed attempts or %2 days</source>
        <translation>撥打失敗 %1 次或 %2 天後改發訊息</translation>
    </message>
    <message>
        <source>survey gap %1 days, low score %2</source>
        <translation>調查間隔 %1 天，低分線 %2</translation>
    </message>
    <message>
        <source>complaints: reply %1 h, resolve %2 h; major: %3 h, %4 h</source>
        <translation>投訴：答覆 %1 小時，完成 %2 小時；重大：%3 小時，%4 小時</translation>
    </message>
    <message>
        <source>initiation %1, advisor %2, facility %3, pick-up %4, quality %5, recommend %6</source>
        <translation>服務啟動 %1，服務顧問 %2，服務設施 %3，交車 %4，服務品質 %5，推薦意願 %6</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>目前應做</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即將到期</translation>
    </message>
</context>
<context>
    <name>dd::FollowUpStore</name>
    <message>
        <source>Follow-up call #%1 does not exist.</source>
        <translation>回訪 #%1 不存在。</translation>
    </message>
    <message>
        <source>Follow-up call of %1</source>
        <translation>%1 的回訪</translation>
    </message>
    <message>
        <source>%1 is %2: nothing is left to call.</source>
        <translation>%1 狀態為「%2」：無需再撥打。</translation>
    </message>
    <message>
        <source>The customer asked to be called back: note when, a time still to come.</source>
        <translation>客戶要求稍後回電：請記下回電時間（須為將來的時間）。</translation>
    </message>
    <message>
        <source>%1 has withdrawn the consent to be called after a visit: the call is not made.</source>
        <translation>%1 已撤回接受回訪的同意：不再撥打。</translation>
    </message>
    <message>
        <source>This call checks the repair only: no questionnaire.</source>
        <translation>此次回訪只確認維修效果：不做問卷。</translation>
    </message>
    <message>
        <source>The questionnaire is answered on a call that reached the customer.</source>
        <translation>問卷只能在聯繫上客戶的通話中填寫。</translation>
    </message>
    <message>
        <source>Questionnaire of %1</source>
        <translation>%1 的問卷</translation>
    </message>
    <message>
        <source>%1 is %2: nothing is left to send.</source>
        <translation>%1 已%2：無需再傳送。</translation>
    </message>
    <message>
        <source>%1 has withdrawn the consent to be contacted after a visit: nothing is sent.</source>
        <translation>%1 已撤回來店後聯繫的同意：不傳送。</translation>
    </message>
    <message>
        <source>The customer can still be called: a message replaces the call after %1 failed attempts, a wrong number, or %2 days without reaching them.</source>
        <translation>客戶仍可致電：撥打失敗 %1 次、號碼錯誤或 %2 天未聯繫上後，才改發訊息。</translation>
    </message>
    <message>
        <source>Enter the postal address the letter goes to.</source>
        <translation>請輸入信函的郵寄地址。</translation>
    </message>
    <message>
        <source>Enter the number or WeChat ID the message goes to.</source>
        <translation>請輸入接收訊息的手機號或微信號。</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>訊息沒有內容。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Message #%1</source>
        <translation>訊息 #%1</translation>
    </message>
</context>
<context>
    <name>dd::FormBuilders</name>
    <message>
        <source>To be confirmed</source>
        <translation>待確認</translation>
    </message>
    <message>
        <source>Waits in the lounge</source>
        <translation>在休息區等候</translation>
    </message>
    <message>
        <source>Leaves the vehicle</source>
        <translation>留車離店</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>未讀取</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The odometer reads less than the last recorded %1 km: %2</source>
        <translation>里程錶讀數低於上次記錄的 %1 公里，原因：%2</translation>
    </message>
    <message>
        <source>No damage found on the walk-around.</source>
        <translation>環車檢查未發現外觀損傷。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>損傷</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>本次情況</translation>
    </message>
    <message>
        <source>New this visit</source>
        <translation>本次新發現</translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation>其他：%1</translation>
    </message>
    <message>
        <source>None lit</source>
        <translation>無故障燈亮</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Customer reminded to take valuables</source>
        <translation>已提醒客戶帶走貴重物品</translation>
    </message>
    <message>
        <source>Old parts: %1</source>
        <translation>舊件：%1</translation>
    </message>
    <message>
        <source>Seat, wheel and floor covers fitted</source>
        <translation>已鋪三件套（座椅套、方向盤套、腳墊）</translation>
    </message>
    <message>
        <source>Wash wanted</source>
        <translation>需要洗車</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>The work order lists the items and their prices; no work starts before the customer approves them.</source>
        <translation>維修項目及價格以委託書為準；客戶確認前不開工。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Estimate, VAT included</source>
        <translation>估價（含增值稅）</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小時</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation>已付 %1</translation>
    </message>
    <message>
        <source>%1 due before the parts are ordered</source>
        <translation>訂貨前須付 %1</translation>
    </message>
    <message>
        <source>None (parts worth %1 are ordered for this visit)</source>
        <translation>無（本次已訂購配件 %1）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>This appointment is %1.</source>
        <translation>此預約狀態：%1。</translation>
    </message>
    <message>
        <source>Vehicle licence</source>
        <translation>行駛證</translation>
    </message>
    <message>
        <source>Maintenance booklet</source>
        <translation>保養手冊</translation>
    </message>
    <message>
        <source>This slip</source>
        <translation>本預約單</translation>
    </message>
    <message>
        <source>The deposit receipt</source>
        <translation>訂金收據</translation>
    </message>
    <message>
        <source>Purchase invoice or warranty card</source>
        <translation>購車發票或保修卡</translation>
    </message>
    <message>
        <source>Please arrive on time. If you cannot come, tell us in advance so we can give the time to another customer.</source>
        <translation>請準時到店。如不能前來，請提前告知，以便我們安排其他客戶。</translation>
    </message>
    <message>
        <source>Please arrive on time. If you cannot come, call us at %1 so we can give the time to another customer.</source>
        <translation>請準時到店。如不能前來，請致電 %1，以便我們安排其他客戶。</translation>
    </message>
    <message>
        <source>%1 (recorded %2)</source>
        <translation>%1（%2 記錄）</translation>
    </message>
    <message>
        <source>%L1 km</source>
        <translation>%L1 公里</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>工時</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Hours / qty</source>
        <translation>工時/數量</translation>
    </message>
    <message>
        <source>Rate / price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>付費方</translation>
    </message>
    <message>
        <source>Customer&apos;s decision</source>
        <translation>客戶決定</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>no</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>later</source>
        <translation>暫緩</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>尚未選擇</translation>
    </message>
    <message>
        <source>The customer takes them</source>
        <translation>客戶帶走</translation>
    </message>
    <message>
        <source>The shop disposes of them</source>
        <translation>由店方處理</translation>
    </message>
    <message>
        <source>to be agreed</source>
        <translation>待商定</translation>
    </message>
    <message>
        <source>Labor %1 · parts %2 · other %3 · total %4, VAT %5 % included: %6 · the customer pays %7</source>
        <translation>工時費 %1 · 材料費 %2 · 其他 %3 · 合計 %4，含增值稅 %5%：%6 · 客戶自付 %7</translation>
    </message>
    <message>
        <source>Reconditioned part &quot;%1&quot;: the customer agrees to its use by signing this work order.</source>
        <translation>修復件“%1”：客戶簽署本委託書即表示同意使用。</translation>
    </message>
    <message>
        <source>Set by the repair category.</source>
        <translation>按維修類別確定。</translation>
    </message>
    <message>
        <source>%L1 km or %2 days from completion, whichever comes first (%3).</source>
        <translation>自竣工之日起 %L1 公里或 %2 天，以先到者為準（%3）。</translation>
    </message>
    <message>
        <source>Finding %1: %2</source>
        <translation>增修項目 %1：%2</translation>
    </message>
    <message>
        <source>Safety-critical: we advise doing this before you drive on.</source>
        <translation>涉及行車安全：建議維修後再繼續使用車輛。</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Not covered by warranty: %1</source>
        <translation>不在保修範圍：%1</translation>
    </message>
    <message>
        <source>Covered by warranty: no charge to the customer.</source>
        <translation>在保修範圍內：客戶無需付費。</translation>
    </message>
    <message>
        <source>Total %1 (VAT %2 % included).</source>
        <translation>合計 %1（含增值稅 %2%）。</translation>
    </message>
    <message>
        <source>Extra time %1 min; the car is then ready by %2.</source>
        <translation>增加時間 %1 分鐘；預計 %2 完工。</translation>
    </message>
    <message>
        <source>until %1 or %L2 km on the odometer, whichever comes first</source>
        <translation>至 %1 或里程錶 %L2 公里，以先到者為準</translation>
    </message>
    <message>
        <source>%1 (Reversal)</source>
        <translation>%1（衝紅）</translation>
    </message>
    <message>
        <source>All prices include VAT at %1 %.</source>
        <translation>以上價格均含 %1 % 增值稅。</translation>
    </message>
    <message>
        <source>Reverses statement %1. Reason: %2. Authorized by %3.</source>
        <translation>衝紅結算單 %1。原因：%2。授權人：%3。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>程式碼</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>作業項目</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>工時單價</translation>
    </message>
    <message>
        <source>Part no.</source>
        <translation>配件編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Brand / spec</source>
        <translation>品牌/規格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source> (approved by %1)</source>
        <translation>（%1 批准）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水號</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>實收</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>%1 or %L2 km, whichever comes first</source>
        <translation>%1 或 %L2 公里，以先到者為準</translation>
    </message>
    <message>
        <source>Quality guarantee for %1: %L2 km or %3 days from the completion date. This notice is not a completion certificate.</source>
        <translation>%1的質量保證期：自竣工之日起 %L2 公里或 %3 天。本通知單不是竣工出廠合格證。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Keys (tag %1)</source>
        <translation>鑰匙（牌號 %1）</translation>
    </message>
    <message>
        <source>Old parts</source>
        <translation>舊件</translation>
    </message>
    <message>
        <source>Documents: licence, service book, statement</source>
        <translation>證件資料：行駛證、保養手冊、結算單</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Not closed yet</source>
        <translation>尚未關賬</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>結帳員</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>筆數</translation>
    </message>
    <message>
        <source>Reversal of %1</source>
        <translation>衝紅 %1</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>結算單</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客戶應付</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 交給 %2</translation>
    </message>
    <message>
        <source>Not counted yet (cash expected %1)</source>
        <translation>尚未盤點（應有現金 %1）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>盤點</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>應有</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>實點</translation>
    </message>
    <message>
        <source>Over / short</source>
        <translation>長短款</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>within the cashier&apos;s limit</source>
        <translation>收銀員權限內</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>核准人</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Ready for settlement and not settled: %1</source>
        <translation>待結算但尚未結算：%1</translation>
    </message>
    <message>
        <source>Fuel and charge</source>
        <translation>油量和電量</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>電量</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃油</translation>
    </message>
    <message>
        <source>charge not read</source>
        <translation>電量未讀取</translation>
    </message>
    <message>
        <source>charge %1 %</source>
        <translation>電量 %1 %</translation>
    </message>
    <message>
        <source>charge %1 %, range %2 km</source>
        <translation>電量 %1 %，續航 %2 公里</translation>
    </message>
    <message>
        <source>%L1 km or %2 days, whichever comes first (the legal minimum for %3: %L4 km or %5 days)</source>
        <translation>%L1 公里或 %2 天，以先到者為準（%3法定最低：%L4 公里或 %5 天）</translation>
    </message>
    <message>
        <source>%L1 km or %2 days from the date of release, whichever comes first</source>
        <translation>自出廠之日起 %L1 公里或 %2 天，以先到者為準</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <source>Counterfoil · kept by the shop</source>
        <translation>副聯 · 承修方存檔</translation>
    </message>
    <message>
        <source>Original · for the owner</source>
        <translation>正聯 · 交託修方</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Quality guarantee: %1.</source>
        <translation>品質保證期：%1。</translation>
    </message>
    <message>
        <source>Quality Guarantee Card</source>
        <translation>機動車維修品質保證卡</translation>
    </message>
    <message>
        <source>Within the guarantee, a fault caused by this repair is repaired again free of charge, labor and parts included.</source>
        <translation>品質保證期內，因本次維修品質造成的故障，承修方免費返修（含工時和材料）。</translation>
    </message>
    <message>
        <source>The guarantee runs from the date of release; whichever of the distance or the days comes first ends it.</source>
        <translation>品質保證期自出廠之日起計算，行駛里程和日期以先到者為準。</translation>
    </message>
    <message>
        <source>Parts the customer supplied, and damage from accidents, misuse or later repairs elsewhere, are not covered.</source>
        <translation>客戶自帶配件，以及因事故、使用不當或在他處再次維修造成的損壞，不在保證範圍內。</translation>
    </message>
    <message>
        <source>Keep this card with the completion certificate and show it when you come back under the guarantee.</source>
        <translation>請將本卡與竣工出廠合格證一併妥善保存，返修時請出示。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Part type</source>
        <translation>配件類型</translation>
    </message>
    <message>
        <source>Own part</source>
        <translation>是否自帶</translation>
    </message>
    <message>
        <source>This statement is made out in two copies: one for the customer, one for the shop.</source>
        <translation>本清單一式兩份，託修方、承修方各執一份。</translation>
    </message>
    <message>
        <source>It takes effect when the customer signs it.</source>
        <translation>本清單經託修方簽字後生效。</translation>
    </message>
    <message>
        <source>Parts supplied by the customer carry no quality guarantee from the shop.</source>
        <translation>託修方自帶的配件，承修方不提供品質保證。</translation>
    </message>
    <message>
        <source>Parts supplied by the customer carry no quality guarantee from the shop: %1.</source>
        <translation>託修方自帶的配件，承修方不提供品質保證：%1。</translation>
    </message>
    <message>
        <source>Quality guarantee of this repair: %L1 km or %2 days from the day the car leaves, whichever comes first.</source>
        <translation>本次維修品質保證期：自出廠之日起 %L1 公里或 %2 天，以先到者為準。</translation>
    </message>
    <message>
        <source>Covered: %1</source>
        <translation>%1承擔</translation>
    </message>
    <message>
        <source>Taken back by the customer</source>
        <translation>由託修方收回</translation>
    </message>
    <message>
        <source>Taken back by the repairer</source>
        <translation>由承修方收回</translation>
    </message>
    <message>
        <source>No old parts</source>
        <translation>無舊配件</translation>
    </message>
    <message>
        <source>%1 (%2 plate)</source>
        <translation>%1（%2牌）</translation>
    </message>
    <message>
        <source>Copy 2 · for the shop</source>
        <translation>第二聯 · 承修方留存</translation>
    </message>
    <message>
        <source>Copy 1 · for the customer</source>
        <translation>第一聯 · 託修方留存</translation>
    </message>
    <message>
        <source>Unified social credit code of the shop: not set</source>
        <translation>承修方統一社會信用代碼：未設定</translation>
    </message>
    <message>
        <source>Unified social credit code of the shop: %1</source>
        <translation>承修方統一社會信用代碼：%1</translation>
    </message>
    <message>
        <source>Reverses statement %1. Reason: %2.</source>
        <translation>沖銷結算單 %1。原因：%2。</translation>
    </message>
    <message>
        <source>Major: the service manager&apos;s</source>
        <translation>重大：由服務經理處理</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>No, not satisfied</source>
        <translation>不滿意</translation>
    </message>
    <message>
        <source>Not called back yet</source>
        <translation>尚未回訪確認</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>滿意</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>不滿意</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>By</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Work order, handover, answer</source>
        <translation>工單、移交、答覆</translation>
    </message>
    <message>
        <source>No first reply was given by %1.</source>
        <translation>未在 %1 前作出首次答覆。</translation>
    </message>
    <message>
        <source>Not resolved by %1.</source>
        <translation>未在 %1 前處理完成。</translation>
    </message>
    <message>
        <source>Low score on the follow-up call: %1.</source>
        <translation>回訪評分偏低：%1。</translation>
    </message>
</context>
<context>
    <name>dd::FormData</name>
    <message>
        <source>There is no work order %1. Check the number on the form.</source>
        <translation>沒有工單 %1，請核對單據上的號碼。</translation>
    </message>
    <message>
        <source>There is no appointment %1. Check the number on the slip.</source>
        <translation>沒有預約 %1，請核對預約單上的號碼。</translation>
    </message>
    <message>
        <source>Work order %1 has no add-on findings to print.</source>
        <translation>工單 %1 沒有可列印的增修項目。</translation>
    </message>
    <message>
        <source>Work order %1 is %2: it gets a release notice, not a completion certificate. Certificates are for level-2 maintenance and major repairs.</source>
        <translation>工單 %1 為%2：出具出廠通知單，不出具竣工出廠合格證。合格證僅適用於二級維護和總成以上修理。</translation>
    </message>
    <message>
        <source>without a repair category</source>
        <translation>未設維修類別</translation>
    </message>
    <message>
        <source>Work order %1 is %2: the completion certificate is issued once the quality check is passed.</source>
        <translation>工單 %1 %2：質檢合格後才能出具竣工出廠合格證。</translation>
    </message>
    <message>
        <source>There is no settlement or work order %1. Check the number on the form.</source>
        <translation>沒有結算單或工單 %1。請核對單據上的號碼。</translation>
    </message>
    <message>
        <source>Work order %1 has not been settled: the statement is printed at the cashier desk once it is.</source>
        <translation>工單 %1 尚未結算：結算後在結算臺列印結算清單。</translation>
    </message>
    <message>
        <source>Work order %1 is %2: the release notice is printed after settlement.</source>
        <translation>工單 %1 當前為%2：出廠通知單在結算後列印。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a business day: give the date as yyyy-mm-dd, e.g. 2026-11-22.</source>
        <translation>“%1”不是有效的營業日：請按 yyyy-mm-dd 填寫，例如 2026-11-22。</translation>
    </message>
</context>
<context>
    <name>dd::FormRenderer</name>
    <message>
        <source>The printer could not be opened.</source>
        <translation>無法開啟印表機。</translation>
    </message>
    <message>
        <source>(Dealership name not set)</source>
        <translation>（未設定經銷商名稱）</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <source>REPRINT</source>
        <translation>補打</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>列印於 %1</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>%2 列印於 %1</translation>
    </message>
    <message>
        <source>Reprint of the copy issued %1. %2</source>
        <translation>補打（原件開具於 %1）。%2</translation>
    </message>
    <message>
        <source>%1 %2 · Page %3 of %4</source>
        <translation>%1 %2 · 第 %3 頁，共 %4 頁</translation>
    </message>
    <message>
        <source>The printer did not accept the document.</source>
        <translation>印表機未接受該文件。</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Check that the folder exists and you may write to it.</source>
        <translation>無法將 PDF 寫入 %1，請檢查資料夾是否存在以及是否有寫入許可權。</translation>
    </message>
    <message>
        <source>Printed %1 by %2 at %3</source>
        <translation>%2 於 %1 在 %3 列印</translation>
    </message>
    <message>
        <source>Signed on screen %1 at %2</source>
        <translation>%1 於 %2 螢幕簽名</translation>
    </message>
</context>
<context>
    <name>dd::Forms</name>
    <message>
        <source>Vehicle Intake and Inspection Sheet</source>
        <translation>接車單 / 環車檢查單</translation>
    </message>
    <message>
        <source>Service Appointment Slip</source>
        <translation>維修預約單</translation>
    </message>
    <message>
        <source>Repair Authorization</source>
        <translation>維修委託書</translation>
    </message>
    <message>
        <source>Additional Repair Approval</source>
        <translation>增修確認單</translation>
    </message>
    <message>
        <source>Repair Settlement Statement</source>
        <translation>維修結算清單</translation>
    </message>
    <message>
        <source>Vehicle Release Notice</source>
        <translation>出廠通知單</translation>
    </message>
    <message>
        <source>Completion Certificate</source>
        <translation>竣工出廠合格證</translation>
    </message>
    <message>
        <source>Day Close Report</source>
        <translation>日結報表</translation>
    </message>
    <message>
        <source>The intake sheet of %1 is printed once its inspection is completed.</source>
        <translation>%1 的接車單須在環車檢查完成後列印。</translation>
    </message>
    <message>
        <source>The intake sheet of %1 is printed once its inspection is completed. Still missing: %2.</source>
        <translation>%1 的接車單須在環車檢查完成後列印。尚缺：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>a work order number, once its inspection is completed</source>
        <translation>工單號，環車檢查完成後</translation>
    </message>
    <message>
        <source>an appointment number</source>
        <translation>預約單號</translation>
    </message>
    <message>
        <source>a work order number</source>
        <translation>工單號</translation>
    </message>
    <message>
        <source>a work order number with findings for the customer</source>
        <translation>有待客戶確認的增修項目的工單號</translation>
    </message>
    <message>
        <source>a work order number: level-2 or major repair, quality check passed</source>
        <translation>工單號：二級維護或大修，且已品檢合格</translation>
    </message>
    <message>
        <source>a statement number, or a settled work order&apos;s number</source>
        <translation>結算單號，或已結算工單的工單號</translation>
    </message>
    <message>
        <source>a settled work order&apos;s number</source>
        <translation>已結算工單的工單號</translation>
    </message>
    <message>
        <source>a business day, yyyy-mm-dd</source>
        <translation>營業日，yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Customer Complaint Handling Form</source>
        <translation>客戶投訴處理單</translation>
    </message>
    <message>
        <source>a complaint number (TS…)</source>
        <translation>投訴單號（TS…）</translation>
    </message>
</context>
<context>
    <name>dd::History</name>
    <message>
        <source>Declined</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>暫緩</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承諾</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>保養到期</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>損傷</translation>
    </message>
    <message>
        <source>%L1 km</source>
        <translation>%L1 公里</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1, whichever comes first</source>
        <translation>%1，以先到者為準</translation>
    </message>
</context>
<context>
    <name>dd::HomePage</name>
    <message>
        <source>Your dealership</source>
        <translation>您的經銷商</translation>
    </message>
    <message>
        <source>Tax number %1</source>
        <translation>稅號 %1</translation>
    </message>
    <message>
        <source>Good day, %1. Today is %2. You work here as: %3.</source>
        <translation>%1，您好。今天是 %2。您的角色：%3。</translation>
    </message>
    <message>
        <source>Dealership name, address and phone (printed on every form)</source>
        <translation>經銷商名稱、地址和電話（列印在每張單據上）</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>稅號</translation>
    </message>
    <message>
        <source>Logo for the printed forms</source>
        <translation>列印單據用的標誌</translation>
    </message>
    <message numerus="yes">
        <source>Labor rates: %n defined</source>
        <translation>
            <numerusform>工時單價：已設定 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff who can sign in: %1 of %2 active users have a password</source>
        <translation>可登入員工：%2 名在用使用者中有 %1 名已設定密碼</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>上次備份：從未備份</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次備份：%1</translation>
    </message>
    <message>
        <source>Press F1 for the keyboard shortcuts. Ctrl+L locks this PC when you step away from the counter.</source>
        <translation>按 F1 檢視鍵盤快捷鍵。離開櫃檯時按 Ctrl+L 鎖定本機。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概覽</translation>
    </message>
    <message>
        <source>No complaint is open.</source>
        <translation>目前沒有處理中的投訴。</translation>
    </message>
    <message>
        <source>Complaints: %1 open, %2 past a deadline, %3 with the service manager. They are on the follow-up desk (Ctrl+9, then Alt+P).</source>
        <translation>投訴：%1 件處理中，%2 件已逾期，%3 件已轉服務經理。請在回訪工作台處理（Ctrl+9，再按 Alt+P）。</translation>
    </message>
</context>
<context>
    <name>dd::Importer</name>
    <message>
        <source>The file is empty; its first line must be the header: %1</source>
        <translation>檔案為空；第一行必須是表頭：%1</translation>
    </message>
    <message>
        <source>The header is &quot;%1&quot;; it must be &quot;%2&quot;. Nothing was imported.</source>
        <translation>表頭是“%1”，應為“%2”。未匯入任何資料。</translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>有 %1 個欄位，應為 %2 個</translation>
    </message>
    <message>
        <source>The owner&apos;s name is empty.</source>
        <translation>車主姓名為空。</translation>
    </message>
    <message>
        <source>kind must be person or company, not &quot;%1&quot;</source>
        <translation>kind 必須是 person 或 company，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 with phone %2 is already on file</source>
        <translation>%1（電話 %2）已在檔案中</translation>
    </message>
    <message>
        <source>the phone %1 is also on file for %2</source>
        <translation>電話 %1 也登記在 %2 名下</translation>
    </message>
    <message>
        <source>%1 was already on line %2 of this file; this line replaces it.</source>
        <translation>%1 已在本檔案第 %2 行出現；以本行為準。</translation>
    </message>
    <message>
        <source>hours must be a number of hours such as 1.5, not &quot;%1&quot;</source>
        <translation>hours 必須是工時數，例如 1.5，而不是“%1”</translation>
    </message>
    <message>
        <source>price must be an amount in yuan such as 48.50, not &quot;%1&quot;</source>
        <translation>price 必須是以元為單位的金額，例如 48.50，而不是“%1”</translation>
    </message>
    <message>
        <source>source must be oem, equivalent or reconditioned (原厂, 同质, 修复), not &quot;%1&quot;</source>
        <translation>source 必須是 oem、equivalent 或 reconditioned（原廠、同質、修復），而不是“%1”</translation>
    </message>
    <message>
        <source>job_code is empty</source>
        <translation>job_code 為空</translation>
    </message>
    <message>
        <source>line %1: quantity must be a number such as 4 or 0.5, not &quot;%2&quot;</source>
        <translation>第 %1 行：quantity 必須是數字，例如 4 或 0.5，而不是“%2”</translation>
    </message>
    <message>
        <source>line %1: the labor operation %2 is not in the catalog; import the labor operations first</source>
        <translation>第 %1 行：工時項目 %2 不在價目表中；請先匯入工時項目</translation>
    </message>
    <message>
        <source>line %1: the part %2 is not in the price list; import the parts first</source>
        <translation>第 %1 行：配件 %2 不在價格表中；請先匯入配件</translation>
    </message>
    <message>
        <source>the job %1 was not imported: %2</source>
        <translation>套餐 %1 未匯入：%2</translation>
    </message>
    <message>
        <source>Line %1 of the file opens a quoted field (&quot;) that is never closed, so the rest of the file would run into it. Nothing was imported; close the quote and import again.</source>
        <translation>檔案第 %1 行的引號欄位（&quot;）沒有閉合，檔案的其餘部分都會併入該欄位。未匯入任何內容；請補上引號後再匯入。</translation>
    </message>
    <message>
        <source>line %1: wo_type must be one of %2, not &quot;%3&quot;</source>
        <translation>第 %1 行：wo_type 必須是 %2 之一，而不是「%3」</translation>
    </message>
    <message>
        <source>line %1: the job already sets the type %2</source>
        <translation>第 %1 行：該套餐已設定工單類型 %2</translation>
    </message>
</context>
<context>
    <name>dd::InspectionFindingsDialog</name>
    <message>
        <source>Finding</source>
        <translation>發現的問題</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評級</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>本次情況</translation>
    </message>
    <message>
        <source>Add to the estimate</source>
        <translation>加入估價</translation>
    </message>
    <message>
        <source>Recommend for later</source>
        <translation>建議以後維修</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Recommended at the walk-around inspection</source>
        <translation>環車檢查時建議的項目</translation>
    </message>
    <message>
        <source>The customer declines</source>
        <translation>客戶謝絕</translation>
    </message>
    <message>
        <source>Declined by the customer at the walk-around inspection</source>
        <translation>環車檢查時客戶謝絕</translation>
    </message>
</context>
<context>
    <name>dd::InspectionPage</name>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>儲存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤銷更改</translation>
    </message>
    <message>
        <source>Forget the changes made since the last save?</source>
        <translation>放棄上次儲存以來的更改嗎？</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鑰匙</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承諾交車</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>本次情況</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Size or note</source>
        <translation>大小或備註</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未檢查</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>note, e.g. tread 2 mm front left</source>
        <translation>備註，例如：左前輪花紋 2 mm</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; new this visit &amp;nbsp; &lt;span style=&apos;color:#1565c0&apos;&gt;○&lt;/span&gt; from an earlier visit &amp;nbsp; &lt;span style=&apos;color:#888&apos;&gt;◌&lt;/span&gt; found repaired. Click the car to mark damage, drag a new mark to move it, Delete removes it.</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; 本次新發現 &amp;nbsp; &lt;span style=&apos;color:#1565c0&apos;&gt;○&lt;/span&gt; 以往記錄 &amp;nbsp; &lt;span style=&apos;color:#888&apos;&gt;◌&lt;/span&gt; 已修復。點選車身標記損傷，拖動新標記可移動，Delete 刪除。</translation>
    </message>
    <message>
        <source>&amp;Vehicles in the shop: none checked in</source>
        <translation>在廠車輛(&amp;V)：暫無登記車輛</translation>
    </message>
    <message>
        <source>&amp;Vehicles in the shop (%1):</source>
        <translation>在廠車輛(&amp;V)（%1）：</translation>
    </message>
    <message>
        <source>Unsaved inspection</source>
        <translation>檢查未儲存</translation>
    </message>
    <message>
        <source>The inspection of %1 has changes that are not saved yet. Save them now?</source>
        <translation>%1 的環車檢查有尚未儲存的更改。現在儲存嗎？</translation>
    </message>
    <message>
        <source>No vehicle is checked in. Check one in at reception (Ctrl+1, F4).</source>
        <translation>沒有已登記的車輛。請在接待頁登記（Ctrl+1，F4）。</translation>
    </message>
    <message>
        <source>Choose a vehicle in the list to inspect it.</source>
        <translation>在列表中選擇要檢查的車輛。</translation>
    </message>
    <message>
        <source>completed %1 by %2</source>
        <translation>%2 於 %1 完成</translation>
    </message>
    <message>
        <source>advisor %1</source>
        <translation>顧問 %1</translation>
    </message>
    <message>
        <source>new this visit</source>
        <translation>本次新發現</translation>
    </message>
    <message>
        <source>Found at visit %1 on %2</source>
        <translation>%2 到店（%1）時發現</translation>
    </message>
    <message>
        <source>no earlier reading on file</source>
        <translation>無以往讀數</translation>
    </message>
    <message>
        <source>lower than the last reading, %L1 km: correct it, or record why below</source>
        <translation>低於上次讀數 %L1 公里：請更正，或在下方填寫原因</translation>
    </message>
    <message>
        <source>last reading %L1 km</source>
        <translation>上次讀數 %L1 公里</translation>
    </message>
    <message>
        <source>Mark %1 placed in the middle of the view: move it with the arrow keys (Shift for larger steps).</source>
        <translation>標記 %1 已放在檢視中央：用方向鍵移動（按住 Shift 步長更大）。</translation>
    </message>
    <message>
        <source>Mark %1 was found at an earlier visit and stays on the vehicle&apos;s record: confirm it still present or repaired.</source>
        <translation>標記 %1 為以往到店時發現，保留在車輛記錄中：請確認仍存在或已修復。</translation>
    </message>
    <message>
        <source>Remove damage mark</source>
        <translation>刪除損傷標記</translation>
    </message>
    <message>
        <source>Remove mark %1 and its photos?</source>
        <translation>刪除標記 %1 及其照片嗎？</translation>
    </message>
    <message>
        <source>Key tag %1 is already on %2 (%3): take another tag.</source>
        <translation>鑰匙牌 %1 已用於 %2（%3）：請換一個牌號。</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>載入對方的版本</translation>
    </message>
    <message>
        <source>Keep my entries on screen</source>
        <translation>保留我在螢幕上的輸入</translation>
    </message>
    <message>
        <source>Loading their version replaces what is on this screen. To keep your entries, note them first, then load and enter them again.</source>
        <translation>載入對方的版本會替換螢幕上的內容。如需保留您的輸入，請先記下，載入後再重新輸入。</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已於 %1 儲存。</translation>
    </message>
    <message>
        <source>The inspection cannot be completed yet. Still missing: %1.</source>
        <translation>環車檢查尚不能完成。尚缺：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Save the inspection</source>
        <translation>儲存環車檢查</translation>
    </message>
    <message>
        <source>Complete the inspection</source>
        <translation>完成環車檢查</translation>
    </message>
    <message>
        <source>Print the intake sheet</source>
        <translation>列印接車單</translation>
    </message>
    <message>
        <source>Key cabinet</source>
        <translation>鑰匙櫃</translation>
    </message>
    <message>
        <source>Add a damage mark (then the arrow keys move it)</source>
        <translation>新增損傷標記（之後用方向鍵移動）</translation>
    </message>
    <message>
        <source>Refresh the list of vehicles</source>
        <translation>重新整理車輛列表</translation>
    </message>
    <message>
        <source>Inspection</source>
        <comment>navigator</comment>
        <translation>環車檢查</translation>
    </message>
    <message>
        <source>Fuel &amp;level:</source>
        <translation>燃油量(&amp;L)：</translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation>電量：</translation>
    </message>
    <message>
        <source>On to the work order&apos;s estimate</source>
        <translation>前往工單估價</translation>
    </message>
    <message>
        <source>Inspection completed. The customer signs the intake sheet (Ctrl+P); Enter goes on to the estimate.</source>
        <translation>環車檢查已完成。請客戶在接車單上簽名（Ctrl+P）；按 Enter 前往估價。</translation>
    </message>
</context>
<context>
    <name>dd::InspectionRules</name>
    <message>
        <source>Top</source>
        <translation>頂部</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>前部</translation>
    </message>
    <message>
        <source>Rear</source>
        <translation>後部</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>左側</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右側</translation>
    </message>
    <message>
        <source>Scratch</source>
        <translation>劃痕</translation>
    </message>
    <message>
        <source>Dent</source>
        <translation>凹陷</translation>
    </message>
    <message>
        <source>Crack</source>
        <translation>裂紋</translation>
    </message>
    <message>
        <source>Paint chip</source>
        <translation>掉漆</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>Other damage</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Check engine</source>
        <translation>發動機故障燈</translation>
    </message>
    <message>
        <source>Oil pressure</source>
        <translation>機油壓力</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>充電系統</translation>
    </message>
    <message>
        <source>Brake system</source>
        <translation>制動系統</translation>
    </message>
    <message>
        <source>ABS</source>
        <translation>ABS</translation>
    </message>
    <message>
        <source>Airbag</source>
        <translation>安全氣囊</translation>
    </message>
    <message>
        <source>Tyre pressure</source>
        <translation>胎壓</translation>
    </message>
    <message>
        <source>Coolant temperature</source>
        <translation>冷卻液溫度</translation>
    </message>
    <message>
        <source>Stability control</source>
        <translation>車身穩定系統</translation>
    </message>
    <message>
        <source>Service due</source>
        <translation>保養提示</translation>
    </message>
    <message>
        <source>Tyres</source>
        <translation>輪胎</translation>
    </message>
    <message>
        <source>Glass</source>
        <translation>玻璃</translation>
    </message>
    <message>
        <source>Lights</source>
        <translation>燈光</translation>
    </message>
    <message>
        <source>Wipers</source>
        <translation>雨刮</translation>
    </message>
    <message>
        <source>Green: OK</source>
        <translation>綠：正常</translation>
    </message>
    <message>
        <source>Yellow: watch</source>
        <translation>黃：需關注</translation>
    </message>
    <message>
        <source>Red: needs work</source>
        <translation>紅：需維修</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未檢查</translation>
    </message>
    <message>
        <source>Spare tyre</source>
        <translation>備胎</translation>
    </message>
    <message>
        <source>Jack</source>
        <translation>千斤頂</translation>
    </message>
    <message>
        <source>Tool kit</source>
        <translation>隨車工具</translation>
    </message>
    <message>
        <source>Warning triangle</source>
        <translation>三角警示牌</translation>
    </message>
    <message>
        <source>Fire extinguisher</source>
        <translation>滅火器</translation>
    </message>
    <message>
        <source>Vehicle licence</source>
        <translation>行駛證</translation>
    </message>
    <message>
        <source>Maintenance booklet</source>
        <translation>保養手冊</translation>
    </message>
    <message>
        <source>Charging cable</source>
        <translation>充電線</translation>
    </message>
    <message>
        <source>Customer takes the old parts</source>
        <translation>舊件由客戶帶走</translation>
    </message>
    <message>
        <source>Shop disposes of the old parts</source>
        <translation>舊件由本店處理</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未選擇</translation>
    </message>
    <message>
        <source>Still present</source>
        <translation>仍存在</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>已修復</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>未讀取</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>滿</translation>
    </message>
    <message>
        <source>1/2</source>
        <translation>1/2</translation>
    </message>
    <message>
        <source>Read the odometer and enter the mileage.</source>
        <translation>請讀取里程錶並輸入里程。</translation>
    </message>
    <message>
        <source>A mileage of %1 km is not plausible.</source>
        <translation>%1 公里的里程不合理。</translation>
    </message>
    <message>
        <source>The odometer reads %1 km, lower than the last recorded %2 km. Check the reading; if the instrument cluster was replaced or the odometer reset, write down why.</source>
        <translation>里程錶讀數 %1 公里低於上次記錄的 %2 公里。請核對讀數；如更換過儀表或里程錶歸零，請寫明原因。</translation>
    </message>
    <message>
        <source>Hang the key on a numbered tag and enter the tag number.</source>
        <translation>請給鑰匙掛上編號牌並輸入鑰匙牌號。</translation>
    </message>
    <message>
        <source>The key tag &quot;%1&quot; is longer than 12 characters.</source>
        <translation>鑰匙牌號“%1”超過 12 個字元。</translation>
    </message>
    <message>
        <source>the odometer reading</source>
        <translation>里程錶讀數</translation>
    </message>
    <message>
        <source>the reason why the odometer reads less than last time</source>
        <translation>里程低於上次記錄的原因</translation>
    </message>
    <message>
        <source>the fuel level</source>
        <translation>燃油量</translation>
    </message>
    <message>
        <source>the valuables reminder</source>
        <translation>貴重物品提醒</translation>
    </message>
    <message>
        <source>the customer&apos;s choice for the old parts</source>
        <translation>客戶對舊件的處理選擇</translation>
    </message>
    <message>
        <source>the key tag number</source>
        <translation>鑰匙牌號</translation>
    </message>
    <message numerus="yes">
        <source>a check of %n earlier damage mark(s): still present or repaired</source>
        <translation>
            <numerusform>確認 %n 處以往損傷：仍存在或已修復</numerusform>
        </translation>
    </message>
    <message>
        <source>Damage mark %1 is on an unknown view &quot;%2&quot;.</source>
        <translation>損傷標記 %1 位於未知檢視“%2”。</translation>
    </message>
    <message>
        <source>Damage mark %1 has an unknown kind &quot;%2&quot;.</source>
        <translation>損傷標記 %1 的型別“%2”未知。</translation>
    </message>
    <message>
        <source>Damage mark %1 lies outside the diagram.</source>
        <translation>損傷標記 %1 超出了車身圖範圍。</translation>
    </message>
    <message>
        <source>The note of damage mark %1 is longer than 200 characters.</source>
        <translation>損傷標記 %1 的說明超過 200 個字元。</translation>
    </message>
    <message>
        <source>Damage mark %1 has an unknown status.</source>
        <translation>損傷標記 %1 的狀態未知。</translation>
    </message>
    <message>
        <source>12 V battery</source>
        <translation>12V 蓄電池</translation>
    </message>
    <message>
        <source>High-voltage system warning lamp</source>
        <translation>高壓系統警告燈</translation>
    </message>
    <message>
        <source>Charging port and cable</source>
        <translation>充電口及充電線</translation>
    </message>
    <message>
        <source>the state of charge</source>
        <translation>電量</translation>
    </message>
</context>
<context>
    <name>dd::InspectionStore</name>
    <message>
        <source>The work order no longer exists.</source>
        <translation>該工單已不存在。</translation>
    </message>
    <message>
        <source>Work order %1 is closed; its inspection can no longer change.</source>
        <translation>工單 %1 已關閉，其環車檢查不能再修改。</translation>
    </message>
    <message>
        <source>The fuel level is given in eighths, 0 to 8.</source>
        <translation>燃油量以八分之幾表示，範圍 0 到 8。</translation>
    </message>
    <message>
        <source>The inspection cannot be completed yet. Still missing: %1.</source>
        <translation>環車檢查尚不能完成。尚缺：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Key tag %1 already holds the key of %2 (work order %3). Use another tag.</source>
        <translation>鑰匙牌 %1 已掛著 %2 的鑰匙（工單 %3），請換一個鑰匙牌。</translation>
    </message>
    <message>
        <source>The inspection of work order %1</source>
        <translation>工單 %1 的環車檢查</translation>
    </message>
    <message>
        <source>%1 was started at another station meanwhile. Your entries are still on the screen: note them, reopen the inspection and enter them again.</source>
        <translation>%1 已在另一臺電腦上開始。您錄入的內容仍在螢幕上：請記下，重新開啟檢查後再次錄入。</translation>
    </message>
    <message>
        <source>%1 is already completed; it can no longer change.</source>
        <translation>%1 已完成，不能再修改。</translation>
    </message>
    <message>
        <source>Unknown quick check %1: %2.</source>
        <translation>未知的快速檢查項 %1：%2。</translation>
    </message>
    <message>
        <source>A mark from an earlier visit cannot be removed; confirm it as repaired instead.</source>
        <translation>以往記錄的損傷不能刪除；如已修復，請確認為“已修復”。</translation>
    </message>
    <message>
        <source>Damage mark %1 was removed at another station.</source>
        <translation>損傷標記 %1 已在另一臺電腦上刪除。</translation>
    </message>
    <message>
        <source>Damage mark %1</source>
        <translation>損傷標記 %1</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>工單 %1</translation>
    </message>
    <message>
        <source>The vehicle %1</source>
        <translation>車輛 %1</translation>
    </message>
    <message>
        <source>The state of charge is a percentage, 0 to 100.</source>
        <translation>電量為百分比，0 至 100。</translation>
    </message>
    <message>
        <source>A range of %1 km is more than any car shows; check the reading.</source>
        <translation>續航 %1 公里超出任何車輛的顯示範圍，請核對讀數。</translation>
    </message>
</context>
<context>
    <name>dd::KeyCabinetDialog</name>
    <message>
        <source>Key tag</source>
        <translation>鑰匙牌號</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承諾交車</translation>
    </message>
    <message>
        <source>Customer is</source>
        <translation>客戶去向</translation>
    </message>
    <message>
        <source>&amp;Open inspection</source>
        <translation>開啟檢查(&amp;O)</translation>
    </message>
    <message>
        <source>waiting in the lounge</source>
        <translation>在休息區等候</translation>
    </message>
    <message>
        <source>away</source>
        <translation>已離店</translation>
    </message>
    <message>
        <source>No keys in the cabinet: no vehicle in the shop has a key tag yet.</source>
        <translation>鑰匙櫃為空：在廠車輛尚無鑰匙牌號。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) in the cabinet.</source>
        <translation>
            <numerusform>鑰匙櫃中有 %n 把鑰匙。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::LineColumns</name>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>%L1 h</source>
        <translation>%L1 小時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Hours / qty</source>
        <translation>工時/數量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>付費方</translation>
    </message>
    <message>
        <source>Technician / source</source>
        <translation>技師/來源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>待授權</translation>
    </message>
</context>
<context>
    <name>dd::MainWindow</name>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>當前使用者：%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Database schema version %1</source>
        <translation>資料庫結構版本 %1</translation>
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
        <translation>跟隨系統語言</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <source>DealerDesk database (*.db)</source>
        <translation>DealerDesk 資料庫 (*.db)</translation>
    </message>
    <message>
        <source>The database was copied to %1 (%2 KB). Keep a copy away from this PC.</source>
        <translation>資料庫已複製到 %1（%2 KB）。請另存一份在本機以外的地方。</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>轉到%1</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>在輸入框之間移動</translation>
    </message>
    <message>
        <source>Confirm a dialog</source>
        <translation>確認對話方塊</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>關閉對話方塊且不儲存</translation>
    </message>
    <message>
        <source>About DealerDesk</source>
        <translation>關於 DealerDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DealerDesk %1&lt;/h3&gt;&lt;p&gt;The after-sales service front desk of a car dealership: reception, inspection, work orders, approvals and settlement.&lt;/p&gt;&lt;p&gt;Database: %2 (%3), schema version %4&lt;br&gt;Qt %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DealerDesk %1&lt;/h3&gt;&lt;p&gt;汽車經銷商售後服務前臺系統：接待、環車檢查、維修工單、增修確認和結算。&lt;/p&gt;&lt;p&gt;資料庫：%2（%3），結構版本 %4&lt;br&gt;Qt %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>資料庫連線</translation>
    </message>
    <message>
        <source>From its next start, DealerDesk on this PC uses %1. Restart DealerDesk now?</source>
        <translation>從下次啟動起，本機 DealerDesk 將使用 %1。現在重新啟動 DealerDesk 嗎？</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>任何頁面</translation>
    </message>
    <message>
        <source>Find a customer or vehicle</source>
        <translation>查找客戶或車輛</translation>
    </message>
    <message>
        <source>In every dialog</source>
        <translation>所有對話框</translation>
    </message>
    <message>
        <source>Not following the other stations: %1 Retrying; what you type is kept.</source>
        <translation>暫時收不到其他工位的更新：%1正在重試；您輸入的內容會保留。</translation>
    </message>
    <message>
        <source>Changes made at other stations show here again as soon as the database answers.</source>
        <translation>資料庫一有回應，其他工位的變更會立即重新顯示。</translation>
    </message>
    <message>
        <source>Confirm it from a text of several lines</source>
        <translation>在多行文字框中確認對話框</translation>
    </message>
</context>
<context>
    <name>dd::ManagerApprovalDialog</name>
    <message>
        <source>The service manager enters their sign-in name.</source>
        <translation>請服務經理輸入本人的登入帳號。</translation>
    </message>
    <message>
        <source>The service manager enters their password.</source>
        <translation>請服務經理輸入本人的密碼。</translation>
    </message>
    <message>
        <source>Give the reason; it is recorded and printed.</source>
        <translation>請填寫原因；原因會被記錄並列印。</translation>
    </message>
</context>
<context>
    <name>dd::Migrator</name>
    <message>
        <source>The database has schema version %1, but this DealerDesk knows versions up to %2. It was left untouched.</source>
        <translation>資料庫的結構版本為 %1，而本 DealerDesk 最高只支援版本 %2。未對其做任何改動。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 (%2) failed; it stays at version %3. %4</source>
        <translation>將資料庫升級到結構版本 %1（%2）失敗；資料庫仍為版本 %3。%4</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 and needs %3, but the login %4 may not change its structure (the application&apos;s login only works with the data). Upgrade it once with the owner&apos;s login: dealerdesk --db postgresql://OWNER@%5:%6/%7 migrate</source>
        <translation>資料庫 %1 的結構版本為 %2，需要升級到 %3，但登入帳號 %4 無權變更其結構（應用程式的登入帳號只能處理資料）。請用擁有者的登入帳號升級一次：dealerdesk --db postgresql://OWNER@%5:%6/%7 migrate</translation>
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
        <translation>用法：dealerdesk [--db 路徑|URL] [--user 使用者名稱] [--lang zh_CN|zh_TW|en] [命令 ...]

不帶命令時，DealerDesk 開啟程式視窗。

選項：
  --db 路徑|URL       SQLite 檔案，或 postgresql://user@host:port/dbname
                      （預設：上次使用的資料庫，否則為程式資料資料夾中的 dealerdesk.db）
  --user 使用者名稱   以該 DealerDesk 使用者登入；密碼取自環境變數
                      DEALERDESK_PASSWORD，否則取自標準輸入（第一行；在終端機上
                      不回顯）。除 --help、--version、migrate、在空資料庫上的 demo，
                      以及尚無管理員設有密碼時建立第一個管理員或設定其密碼之外，
                      所有命令都需要登入
  --lang 語言         zh_CN、zh_TW 或 en（預設：系統語言）
  --version           顯示版本
  --help              顯示本幫助

命令：
  migrate                          建立資料庫或將其結構升級到最新
  check                            檢查整個 SQLite 檔案是否損壞（損壞時退出碼為 1，
                                   並列出前幾個問題）
  backup FILE                      將資料庫複製到 FILE（程式執行時也可進行）
  user add NAME --role ROLE ...    新增使用者；密碼從標準輸入讀取
                                   （登入密碼也從標準輸入讀取時，在其之後）
       [--name &quot;姓名&quot;]              角色：advisor、controller、cashier、clerk、manager、admin
  user passwd NAME                 設定使用者密碼，從標準輸入讀取
  user list                        列出使用者：登入帳號、姓名、角色、狀態
  demo                             在空資料庫中填入演示經銷商
  workorders [--state 狀態]        列出工單，製表符分隔：單號、車牌、狀態、
                                   客戶、開單時間（狀態：draft、open、dispatched 等）
  import 種類 檔案 [--dry-run]     匯入 CSV 檔案（UTF-8、GB18030/GBK 或 Big5，由 ICU
                                   識別並說明）；種類：customers、vehicles（來自舊系統）、
                                   labor、parts、jobs（價目表：代碼已存在的列將取代原有
                                   記錄）；--dry-run 檢查每一行，顯示讀出的前幾個名稱，
                                   不做任何變更
  print FORM NUMBER --pdf FILE     將表單列印為 PDF 檔案，或用 --printer 在印表機上
       [--printer NAME] [--copies N]  列印。再次列印未變的內容會被記錄為補打。
                                   表單及其單號：
%1  followups [--due DATE | --overdue]  截至今天（或 DATE）到期的回訪，或僅逾期的回訪，
                                   以定位字元分隔：到期日、類型、工單、客戶、電話（已遮蔽）、
                                   車輛、服務顧問、已撥打次數
  complaints [--open] [--overdue]  處理中及近 30 天已結案的投訴（或僅處理中的，或處理中且已逾期的），
                                   以定位字元分隔：編號、受理時間、狀態、嚴重程度、類別、客戶、
                                   電話（已遮蔽）、車輛、工單、責任人、答覆期限、完成期限、
                                   標記（reply_overdue、overdue、escalated）
  messages --date DATE --csv FILE  當天代替回訪電話的訊息，匯出為 CSV 供本店簡訊平台使用（UTF-8）：
                                   時間、方式、收件人、客戶、工單、內容；匯出後標記為已匯出
  audit verify                     校驗稽核記錄的雜湊鏈：指出第一筆不符的記錄（退出碼 1），
                                   或顯示 N 筆記錄、鏈完整

退出碼：0 成功，1 失敗，2 用法錯誤。
</translation>
    </message>
</context>
<context>
    <name>dd::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密碼</translation>
    </message>
    <message>
        <source>Set password for %1</source>
        <translation>為 %1 設定密碼</translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation>為 %1 設定新密碼。</translation>
    </message>
    <message>
        <source>Set a new password for %1 and tell it to them in person. They can change it afterwards under File &gt; Change my password.</source>
        <translation>為 %1 設定新密碼並當面告知本人。之後本人可在“檔案 &gt; 修改我的密碼”中修改。</translation>
    </message>
    <message>
        <source>That user no longer exists.</source>
        <translation>該使用者已不存在。</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>兩次輸入的密碼不一致；請輸入相同的密碼。</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>當前密碼不正確。</translation>
    </message>
</context>
<context>
    <name>dd::PasswordHasher</name>
    <message>
        <source>Not enough memory to protect the password; close other programs and try again.</source>
        <translation>記憶體不足，無法加密儲存密碼；請關閉其他程式後重試。</translation>
    </message>
</context>
<context>
    <name>dd::PasswordPolicy</name>
    <message>
        <source>Enter a password.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密碼至少需要 %1 個字元。</translation>
    </message>
    <message>
        <source>The password needs at least %1 kinds of characters: small letters, capitals, digits, or signs such as - or #.</source>
        <translation>密碼至少需要 %1 類字元：小寫字母、大寫字母、數字，或 - 、# 等符號。</translation>
    </message>
    <message>
        <source>The password repeats one character more than %1 times in a row.</source>
        <translation>密碼中同一字元連續重複超過 %1 次。</translation>
    </message>
    <message>
        <source>The password contains a run such as 12345 or abcde (more than %1 characters in a row).</source>
        <translation>密碼包含 12345 或 abcde 這樣的連續序列（連續超過 %1 個字元）。</translation>
    </message>
    <message>
        <source>The password reads the same backwards; choose another one.</source>
        <translation>密碼正讀反讀都一樣；請換一個。</translation>
    </message>
    <message>
        <source>The password must not contain the sign-in name, forwards or backwards.</source>
        <translation>密碼不得包含登入名稱（無論正寫還是倒寫）。</translation>
    </message>
    <message>
        <source>The password must not contain the person&apos;s name, forwards or backwards.</source>
        <translation>密碼不得包含本人姓名（無論正寫還是倒寫）。</translation>
    </message>
    <message>
        <source>The password is too easy to guess: it is a common word or a simple pattern, or based on one. Choose a longer or less obvious password.</source>
        <translation>密碼太容易被猜到：它是常用單字或簡單規律，或由其變化而來。請選擇更長或不那麼明顯的密碼。</translation>
    </message>
    <message>
        <source>The password could not be accepted (password check code %1); choose another one.</source>
        <translation>無法接受此密碼（密碼檢查代碼 %1）；請換一個。</translation>
    </message>
</context>
<context>
    <name>dd::PdfText</name>
    <message>
        <source>The PDF %1 could not be opened: %2</source>
        <translation>無法開啟 PDF %1：%2</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written: %2</source>
        <translation>無法寫入 PDF %1：%2</translation>
    </message>
</context>
<context>
    <name>dd::Phone</name>
    <message>
        <source>The landline %1 needs its area code, e.g. 021-%1.</source>
        <translation>固定電話 %1 需要區號，例如 021-%1。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; &quot;%1&quot; has %2.</source>
        <translation>手機號碼有 11 位；“%1”有 %2 位。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mainland mobile (1xx xxxx xxxx) or a landline with its area code.</source>
        <translation>“%1”既不是大陸手機號（1xx xxxx xxxx），也不是帶區號的固定電話。</translation>
    </message>
    <message>
        <source>%1 is a landline; a mobile number (1xx xxxx xxxx) is needed here.</source>
        <translation>%1 是固定電話；此處需要手機號碼（1xx xxxx xxxx）。</translation>
    </message>
</context>
<context>
    <name>dd::Plate</name>
    <message>
        <source>The plate is empty.</source>
        <translation>車牌為空。</translation>
    </message>
    <message>
        <source>A plate starts with a province abbreviation such as 沪 or 京; &quot;%1&quot; is not one.</source>
        <translation>車牌以省份簡稱開頭，如滬或京；“%1”不是省份簡稱。</translation>
    </message>
    <message>
        <source>The second character of a plate is the issuing office&apos;s letter (A–Z).</source>
        <translation>車牌第二位是發牌機關代號（A–Z）。</translation>
    </message>
    <message>
        <source>A plate has 7 characters (8 for new-energy vehicles); %1 has %2.</source>
        <translation>車牌有 7 位（新能源車 8 位）；%1 有 %2 位。</translation>
    </message>
    <message>
        <source>Plates never use the letter %1 (character %2); it is probably %3.</source>
        <translation>車牌不使用字母 %1（第 %2 位），可能是 %3。</translation>
    </message>
    <message>
        <source>Character %1 of the plate (&quot;%2&quot;) must be a letter or a digit.</source>
        <translation>車牌第 %1 位（“%2”）必須是字母或數字。</translation>
    </message>
    <message>
        <source>A plate ends with a letter, a digit or one of 挂学警港澳试超; &quot;%1&quot; is none of them.</source>
        <translation>車牌末位是字母、數字或掛學警港澳試超之一；“%1”都不是。</translation>
    </message>
    <message>
        <source>港 and 澳 plates are issued only as 粤Z.</source>
        <translation>港、澳號牌只核發為粵Z。</translation>
    </message>
    <message>
        <source>A new-energy plate for large vehicles has 5 digits then D or F.</source>
        <translation>大型新能源汽車號牌為 5 位數字加 D 或 F。</translation>
    </message>
    <message>
        <source>A new-energy plate for large vehicles ends with D or F; this one ends with &quot;%1&quot;.</source>
        <translation>大型新能源汽車號牌以 D 或 F 結尾；此車牌以“%1”結尾。</translation>
    </message>
    <message>
        <source>A new-energy plate has D or F (or another letter A–K) after the office letter; &quot;%1&quot; is not one.</source>
        <translation>新能源號牌在發牌機關代號後是 D 或 F（或 A–K 中的其他字母）；“%1”不符合。</translation>
    </message>
    <message>
        <source>Character 4 of the plate (&quot;%1&quot;) must be a letter or a digit.</source>
        <translation>車牌第 4 位（“%1”）必須是字母或數字。</translation>
    </message>
    <message>
        <source>The last 4 characters of a new-energy plate are digits; character %1 is &quot;%2&quot;.</source>
        <translation>新能源號牌後 4 位是數字；第 %1 位是“%2”。</translation>
    </message>
</context>
<context>
    <name>dd::PrintPreviewDialog</name>
    <message>
        <source>Print %1 %2</source>
        <translation>列印%1 %2</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>列印時間</translation>
    </message>
    <message>
        <source>By</source>
        <translation>列印人</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份數</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Printed before on %1 with the same content: printing again gives a copy marked &quot;reprint&quot;.</source>
        <translation>相同內容已於 %1 列印過：再次列印的副本將標註“補打”。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 頁</numerusform>
        </translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>補打</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Printing &amp;history: not printed yet</source>
        <translation>列印記錄(&amp;H)：尚未列印</translation>
    </message>
    <message>
        <source>Printing &amp;history:</source>
        <translation>列印記錄(&amp;H)：</translation>
    </message>
    <message numerus="yes">
        <source>Printed as a reprint: %n page(s).</source>
        <translation>
            <numerusform>已作為補打列印：%n 頁。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed: %n page(s).</source>
        <translation>
            <numerusform>已列印：%n 頁。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded in the printing history.</source>
        <translation>已記入列印記錄。</translation>
    </message>
    <message>
        <source>Choose a file name for the PDF.</source>
        <translation>請為 PDF 選擇檔名。</translation>
    </message>
    <message>
        <source>Reprint %1 %2</source>
        <translation>補打%1 %2</translation>
    </message>
    <message>
        <source>Signed on screen by %1 on %2 at %3: printing gives the signed copy.</source>
        <translation>%1 已於 %2 在 %3 螢幕簽名：列印出的是已簽名的文件。</translation>
    </message>
    <message>
        <source>%1 %2: the customer signs</source>
        <translation>%1 %2：客戶簽名</translation>
    </message>
    <message>
        <source>Signed on screen and recorded with the document as shown. Print or save the signed copy for the customer if they want paper.</source>
        <translation>已螢幕簽名，並與所示文件一同存檔。客戶需要紙本時，可列印或另存已簽名的文件。</translation>
    </message>
    <message>
        <source>signed on screen by %1</source>
        <translation>%1 螢幕簽名</translation>
    </message>
</context>
<context>
    <name>dd::Reception</name>
    <message>
        <source>The arrival no longer exists.</source>
        <translation>該到店記錄已不存在。</translation>
    </message>
    <message>
        <source>%1 is already being received by %2 since %3.</source>
        <translation>%1 已由 %2 自 %3 起接待。</translation>
    </message>
    <message>
        <source>This vehicle</source>
        <translation>此車輛</translation>
    </message>
    <message>
        <source>The arrival of %1</source>
        <translation>%1 的到店記錄</translation>
    </message>
    <message>
        <source>%1 is checked in on work order %2.</source>
        <translation>%1 已登記在工單 %2。</translation>
    </message>
    <message>
        <source>Write down at least one concern in the customer&apos;s own words.</source>
        <translation>請至少用客戶自己的話記錄一條描述。</translation>
    </message>
    <message>
        <source>Enter the mileage shown on the odometer.</source>
        <translation>請輸入里程錶顯示的里程。</translation>
    </message>
    <message>
        <source>A mileage of %1 km is not plausible.</source>
        <translation>%1 公里的里程不合理。</translation>
    </message>
    <message>
        <source>Person dropping off: %1</source>
        <translation>送修人：%1</translation>
    </message>
    <message>
        <source>Choose the vehicle being checked in.</source>
        <translation>請選擇要登記的車輛。</translation>
    </message>
    <message>
        <source>%1 already has work order %2 open; continue that one instead of opening another.</source>
        <translation>%1 已有未結工單 %2；請繼續該工單，不要另開。</translation>
    </message>
    <message>
        <source>This arrival is already checked in on work order %1.</source>
        <translation>此到店記錄已登記在工單 %1。</translation>
    </message>
    <message>
        <source>The appointment no longer exists.</source>
        <translation>該預約已不存在。</translation>
    </message>
    <message>
        <source>Appointment %1 is for another vehicle.</source>
        <translation>預約 %1 屬於另一輛車。</translation>
    </message>
    <message>
        <source>Appointment %1 is %2; check in as a walk-in instead.</source>
        <translation>預約 %1 狀態為“%2”；請按直接到店登記。</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>預約 %1</translation>
    </message>
</context>
<context>
    <name>dd::ReceptionPage</name>
    <message>
        <source>The search could not reach the database; keep typing to try again.</source>
        <translation>搜尋無法連線資料庫；請繼續輸入以重試。</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>車牌</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次來店</translation>
    </message>
    <message>
        <source>Open work order</source>
        <translation>未結工單</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服務顧問</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>Vehicle / customer</source>
        <translation>車輛 / 客戶</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>VIN …%1</source>
        <translation>VIN …%1</translation>
    </message>
    <message>
        <source>(no vehicle on file)</source>
        <translation>（無車輛檔案）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Found by %1</source>
        <translation>按%1找到</translation>
    </message>
    <message>
        <source>Type to search; arrows and Enter open a result.</source>
        <translation>輸入即搜尋；用方向鍵和回車開啟結果。</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;. Ctrl+N enters a new customer and vehicle.</source>
        <translation>未找到“%1”。按 Ctrl+N 新建客戶和車輛。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s); ↓ and Enter open one.</source>
        <translation>
            <numerusform>%n 條結果；按 ↓ 和回車開啟。</numerusform>
        </translation>
    </message>
    <message>
        <source>No vehicle open</source>
        <translation>未開啟車輛</translation>
    </message>
    <message>
        <source>Search above, or press Ctrl+N for a new customer and vehicle.</source>
        <translation>請在上方搜尋，或按 Ctrl+N 新建客戶和車輛。</translation>
    </message>
    <message>
        <source>(no plate yet)</source>
        <translation>（暫無車牌）</translation>
    </message>
    <message>
        <source>Owner: %1, %2</source>
        <translation>車主：%1，%2</translation>
    </message>
    <message>
        <source>VIN %1</source>
        <translation>VIN %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>%L1 km</source>
        <translation>%L1 公里</translation>
    </message>
    <message>
        <source>model year %1</source>
        <translation>%1 年款</translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation>（%1 到期）</translation>
    </message>
    <message>
        <source>Nothing outstanding.</source>
        <translation>沒有待辦事項。</translation>
    </message>
    <message numerus="yes">
        <source>Past visits: %n</source>
        <translation>
            <numerusform>歷史來店：%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for an advisor</source>
        <translation>等待顧問</translation>
    </message>
    <message>
        <source>In reception</source>
        <translation>接待中</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation>已登記：%1</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已離店</translation>
    </message>
    <message>
        <source>(no plate)</source>
        <translation>（無車牌）</translation>
    </message>
    <message numerus="yes">
        <source>%n arrival(s) today</source>
        <translation>
            <numerusform>今日到店 %n 輛</numerusform>
        </translation>
    </message>
    <message>
        <source>no greeting yet today</source>
        <translation>今日尚無接待</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 輛等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>Vehicle arrived</source>
        <translation>車輛到店</translation>
    </message>
    <message>
        <source>Plate of the arriving vehicle (leave empty if it has none yet):</source>
        <translation>到店車輛的車牌（尚無車牌則留空）：</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation>車牌：</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>接待登記</translation>
    </message>
    <message>
        <source>Open the vehicle first: search for it, or enter it with Ctrl+N.</source>
        <translation>請先開啟車輛：搜尋該車，或按 Ctrl+N 錄入。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>average greeting %1</source>
        <translation>平均接待用時 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting longer than %1 — greet them now</source>
        <translation>
            <numerusform>%n 輛等候超過 %1 — 請立即接待</numerusform>
        </translation>
    </message>
    <message>
        <source>A vehicle arrived: put it on the board</source>
        <translation>車輛到店：登記到到店看板</translation>
    </message>
    <message>
        <source>Start receiving the selected arrival</source>
        <translation>開始接待所選到店車輛</translation>
    </message>
    <message>
        <source>Check in the open vehicle</source>
        <translation>為開啟的車輛辦理接車</translation>
    </message>
    <message>
        <source>New customer and vehicle</source>
        <translation>新建客戶和車輛</translation>
    </message>
    <message>
        <source>From the search box to the results</source>
        <translation>從搜尋框轉到搜尋結果</translation>
    </message>
    <message>
        <source>Open the selected result</source>
        <translation>開啟所選結果</translation>
    </message>
    <message numerus="yes">
        <source>%n arrival(s) waiting to be received</source>
        <translation>
            <numerusform>%n 輛到店車輛待接待</numerusform>
        </translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>接待</translation>
    </message>
    <message>
        <source>Find the vehicle for the new appointment, open it with Enter, then press Alt+B (Book appointment).</source>
        <translation>搜尋要預約的車輛，按回車開啟，然後按 Alt+B（預約）。</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%L1 km on %2</source>
        <translation>%L1 公里（%2）</translation>
    </message>
    <message>
        <source>Reading the vehicle&apos;s history…</source>
        <translation>正在讀取車輛檔案…</translation>
    </message>
</context>
<context>
    <name>dd::Roles</name>
    <message>
        <source>Service advisor</source>
        <translation>服務顧問</translation>
    </message>
    <message>
        <source>Workshop controller</source>
        <translation>車間調度</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>結帳員</translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation>服務經理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理使用者</translation>
    </message>
    <message>
        <source>change dealership settings</source>
        <translation>修改經銷商設定</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>備份資料庫</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>檢視審計日誌</translation>
    </message>
    <message>
        <source>load demo data</source>
        <translation>載入演示資料</translation>
    </message>
    <message>
        <source>edit customers and vehicles</source>
        <translation>編輯客戶和車輛</translation>
    </message>
    <message>
        <source>manage appointments</source>
        <translation>管理預約</translation>
    </message>
    <message>
        <source>receive vehicles</source>
        <translation>接待車輛</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>匯入資料</translation>
    </message>
    <message>
        <source>inspect vehicles</source>
        <translation>環車檢查</translation>
    </message>
    <message>
        <source>print documents</source>
        <translation>列印單據</translation>
    </message>
    <message>
        <source>edit work orders</source>
        <translation>編輯工單</translation>
    </message>
    <message>
        <source>run the workshop&apos;s part of a work order</source>
        <translation>處理工單的車間環節</translation>
    </message>
    <message>
        <source>pass or fail the quality check</source>
        <translation>判定質檢合格或不合格</translation>
    </message>
    <message>
        <source>settle work orders</source>
        <translation>結算工單</translation>
    </message>
    <message>
        <source>keep the list of technicians</source>
        <translation>維護技師名單</translation>
    </message>
    <message>
        <source>Customer-service clerk</source>
        <translation>客服專員</translation>
    </message>
    <message>
        <source>call customers after the visit and handle complaints</source>
        <translation>回訪客戶並處理投訴</translation>
    </message>
    <message>
        <source>reply to and close major or escalated complaints</source>
        <translation>答覆並關閉重大或已升級的投訴</translation>
    </message>
</context>
<context>
    <name>dd::ScaleGenerator</name>
    <message>
        <source>This database already holds customers; the scale generator only fills an empty one.</source>
        <translation>該資料庫已有客戶資料；規模資料生成器只能填充空資料庫。</translation>
    </message>
</context>
<context>
    <name>dd::Search</name>
    <message>
        <source>plate</source>
        <translation>車牌</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>work order</source>
        <translation>工單</translation>
    </message>
</context>
<context>
    <name>dd::SettlementRules</name>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付寶</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>銀行卡</translation>
    </message>
    <message>
        <source>Company account</source>
        <translation>單位掛賬</translation>
    </message>
    <message>
        <source>Insurer direct billing</source>
        <translation>保險公司直賠</translation>
    </message>
    <message>
        <source>Warranty claim</source>
        <translation>廠家索賠</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>內部</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客戶自付</translation>
    </message>
    <message>
        <source>Warranty (manufacturer)</source>
        <translation>保修（廠家）</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保險</translation>
    </message>
    <message>
        <source>Internal and goodwill</source>
        <translation>內部及善意</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>單項折扣</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>整單折扣</translation>
    </message>
    <message>
        <source>Rounding off (抹零)</source>
        <translation>抹零</translation>
    </message>
    <message>
        <source>Customer takes the old parts</source>
        <translation>舊件由客戶帶走</translation>
    </message>
    <message>
        <source>Customer waives the old parts</source>
        <translation>宣告放棄</translation>
    </message>
    <message>
        <source>No old parts</source>
        <translation>無舊件</translation>
    </message>
    <message>
        <source>unknown line</source>
        <translation>未知項目</translation>
    </message>
    <message>
        <source>Whole order -%1</source>
        <translation>整單 -%1</translation>
    </message>
    <message>
        <source>Whole order</source>
        <translation>整單</translation>
    </message>
    <message>
        <source>Amount below one yuan dropped</source>
        <translation>去掉不足一元的部分</translation>
    </message>
    <message>
        <source>A line discount refers to a line that is not on the statement.</source>
        <translation>單項折扣所指的項目不在結算單上。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is paid by %2: only what the customer pays can be discounted.</source>
        <translation>“%1”由%2支付：只有客戶自付的部分可以打折。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one discount.</source>
        <translation>“%1”有不止一個折扣。</translation>
    </message>
    <message>
        <source>The discount on &quot;%1&quot; (%2) is more than the line (%3).</source>
        <translation>“%1”的折扣（%2）超過該項金額（%3）。</translation>
    </message>
    <message>
        <source>The whole order has more than one discount.</source>
        <translation>整單有不止一個折扣。</translation>
    </message>
    <message>
        <source>The amount is rounded off more than once.</source>
        <translation>抹零不止一次。</translation>
    </message>
    <message>
        <source>Unknown kind of discount &quot;%1&quot;.</source>
        <translation>未知的折扣型別“%1”。</translation>
    </message>
    <message>
        <source>A discount of %1 is not between 0 and 100 %.</source>
        <translation>折扣 %1 不在 0 到 100 % 之間。</translation>
    </message>
    <message>
        <source>A discount needs a percentage or an amount above zero.</source>
        <translation>折扣須為大於零的百分比或金額。</translation>
    </message>
    <message>
        <source>Unknown payment method &quot;%1&quot;.</source>
        <translation>未知的收款方式“%1”。</translation>
    </message>
    <message>
        <source>%1: the amount must be above zero.</source>
        <translation>%1：金額必須大於零。</translation>
    </message>
    <message>
        <source>Cash: %1 handed over is less than the %2 it should pay.</source>
        <translation>現金：實收 %1 少於應付的 %2。</translation>
    </message>
    <message>
        <source>The customer has no company account: pay another way, or have the account opened first.</source>
        <translation>該客戶沒有單位掛賬：請換一種方式付款，或先開通掛賬。</translation>
    </message>
    <message>
        <source>%1 on account is more than the %2 of credit the customer has left.</source>
        <translation>掛賬 %1 超過客戶剩餘信用額度 %2。</translation>
    </message>
    <message>
        <source>%1: %2 still to pay.</source>
        <translation>%1：尚需收款 %2。</translation>
    </message>
    <message>
        <source>%1: %2 more than due.</source>
        <translation>%1：多收 %2。</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>日結</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter the amount (%1 expected).</source>
        <translation>請盤點錢箱現金並輸入金額（應有 %1）。</translation>
    </message>
    <message>
        <source>The drawer holds %1 more than expected: say why (e.g. change not given).</source>
        <translation>錢箱比應有多 %1：請註明原因（例如未找零）。</translation>
    </message>
    <message>
        <source>The drawer holds %1 less than expected: say why.</source>
        <translation>錢箱比應有少 %1：請註明原因。</translation>
    </message>
    <message>
        <source>Say who takes the desk over.</source>
        <translation>請填寫接班人。</translation>
    </message>
</context>
<context>
    <name>dd::SettlementStore</name>
    <message>
        <source>%1 needs a service manager&apos;s approval: the manager enters their name and password at the counter.</source>
        <translation>%1須服務經理批准：請經理在櫃檯輸入本人登入帳號和密碼。</translation>
    </message>
    <message>
        <source>%1 is not a service manager and cannot approve this: %2.</source>
        <translation>%1 不是服務經理，不能批准：%2。</translation>
    </message>
    <message>
        <source>A discount of %1 % (you may grant %2 %)</source>
        <translation>折扣 %1 %（您可給予 %2 %）</translation>
    </message>
    <message>
        <source>%1 needs a service manager&apos;s approval at the counter, with the reason.</source>
        <translation>%1須服務經理在櫃檯批准，並填寫原因。</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>工單 %1</translation>
    </message>
    <message>
        <source>Work order %1 is %2: only a work order ready for settlement can be settled.</source>
        <translation>工單 %1 當前為%2：只有待結算的工單才能結算。</translation>
    </message>
    <message>
        <source>There is nothing below one yuan to round off.</source>
        <translation>沒有不足一元的零頭可抹。</translation>
    </message>
    <message>
        <source>The discount needs a service manager&apos;s approval again: the amounts changed while it was given.</source>
        <translation>折扣須服務經理重新批准：批准期間金額已有變化。</translation>
    </message>
    <message>
        <source>Unknown choice for the old parts &quot;%1&quot;.</source>
        <translation>未知的舊件處理方式“%1”。</translation>
    </message>
    <message>
        <source>A reversal (冲红)</source>
        <translation>衝紅</translation>
    </message>
    <message>
        <source>%1 is itself a reversal; it cannot be reversed.</source>
        <translation>%1 本身就是衝紅記錄，不能再衝紅。</translation>
    </message>
    <message>
        <source>Settlement %1 was reversed already by %2.</source>
        <translation>結算單 %1 已被 %2 衝紅。</translation>
    </message>
    <message>
        <source>The car of work order %1 has been delivered: a settlement is reversed at the counter before the car leaves. Ask the service manager how to correct it in the accounts.</source>
        <translation>工單 %1 的車輛已交車：衝紅須在車輛離店前於櫃檯辦理。請向服務經理詢問如何在賬務中更正。</translation>
    </message>
    <message>
        <source>Give the reason for the reversal; it is printed on the reversal and kept.</source>
        <translation>請填寫衝紅原因；原因會列印在衝紅單上並存檔。</translation>
    </message>
    <message>
        <source>%1 reversed by %2: %3</source>
        <translation>%1 已由 %2 衝紅：%3</translation>
    </message>
    <message>
        <source>The settlement is no longer on record.</source>
        <translation>該結算記錄已不存在。</translation>
    </message>
    <message>
        <source>%1 is closed already; a day is closed once. Settlements made now belong to %2.</source>
        <translation>%1 已關賬；每天只能關賬一次。現在的結算計入 %2。</translation>
    </message>
    <message>
        <source>%1 has not come yet; close it at the end of that day.</source>
        <translation>%1 還沒到；請在當天營業結束時關賬。</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>日結</translation>
    </message>
    <message>
        <source>closed by %1</source>
        <translation>由%1關賬</translation>
    </message>
    <message>
        <source>not closed</source>
        <translation>未關賬</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>結帳員</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>筆數</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>實收</translation>
    </message>
    <message>
        <source>New receivables</source>
        <translation>新增應收</translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation>衝紅</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>結算單</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客戶自付</translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation>衝紅原單</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>衝紅</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>結算單</translation>
    </message>
    <message>
        <source>%1 is closed; the next shift starts a new day.</source>
        <translation>%1 已日結；下一班從新的營業日開始。</translation>
    </message>
    <message>
        <source>Ready for settlement and not settled: %1. Settle them first, or close the day knowing they go to the next day&apos;s settlements.</source>
        <translation>待結算但尚未結算：%1。請先結算，或確認它們計入下一個營業日後再日結。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>應有現金</translation>
    </message>
    <message>
        <source>over/short %1</source>
        <translation>長短款 %1</translation>
    </message>
    <message>
        <source>Discount on</source>
        <translation>折扣結算單</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>核准人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>within the cashier&apos;s limit</source>
        <translation>收銀員權限內</translation>
    </message>
</context>
<context>
    <name>dd::ShortcutsDialog</name>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>dd::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>登入(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Quit DealerDesk</source>
        <translation>退出 DealerDesk(&amp;Q)</translation>
    </message>
    <message>
        <source>Locked. %1 is signed in at this PC: enter the password to continue, or sign in as someone else to switch user.</source>
        <translation>已鎖定：%1 已在本機登入。
輸入密碼繼續使用；如需切換使用者，請以其他使用者登入。</translation>
    </message>
    <message>
        <source>Locked - DealerDesk</source>
        <translation>已鎖定 - DealerDesk</translation>
    </message>
    <message>
        <source>Enter your sign-in name.</source>
        <translation>請輸入登入帳號。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>請等待 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::SignatureCodes</name>
    <message>
        <source>Signature pad or pen</source>
        <translation>簽名板或手寫筆</translation>
    </message>
    <message>
        <source>Touchscreen</source>
        <translation>觸控螢幕</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>滑鼠</translation>
    </message>
</context>
<context>
    <name>dd::SignatureDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The customer has read it on screen and signs below. The document is kept exactly as shown, with the signature, the time and this station.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;客戶已在螢幕上閱讀本文件，並在下方簽名。文件按所示內容存檔，連同簽名、時間和本工作站。</translation>
    </message>
    <message>
        <source>&amp;Accept signature</source>
        <translation>確認簽名(&amp;A)</translation>
    </message>
    <message>
        <source>Enter the name of the person signing.</source>
        <translation>請輸入簽名人的姓名。</translation>
    </message>
    <message>
        <source>That is too short for a signature. Ask the customer to sign across the line, or press Clear and sign again.</source>
        <translation>這太短，不像簽名。請客戶沿簽名線簽名，或按「清除」後重新簽名。</translation>
    </message>
</context>
<context>
    <name>dd::SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
</context>
<context>
    <name>dd::Sql</name>
    <message>
        <source>The database is busy or locked by another program. Nothing was saved; wait a moment and try again.</source>
        <translation>資料庫正忙或被其他程式鎖定。未儲存任何內容；請稍候重試。</translation>
    </message>
    <message>
        <source>The database file is damaged. Stop using it and restore the latest backup.</source>
        <translation>資料庫檔案已損壞。請停止使用並恢復最近的備份。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁碟已滿。未儲存任何內容；請釋放空間後重試。</translation>
    </message>
    <message>
        <source>Another station was saving the same data at the same moment. Nothing was saved; try again.</source>
        <translation>另一工作站正在同時儲存相同的資料。未儲存任何內容；請重試。</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>資料庫拒絕了此修改：%1</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Nothing of this change was saved; check the network and that the database server is running, then do it again.</source>
        <translation>與資料庫的連線中斷。此次變更的內容均未儲存；請檢查網路以及資料庫伺服器是否在執行，然後重新操作。</translation>
    </message>
    <message>
        <source>The database cannot be written (it or its folder is read-only). Nothing was saved.</source>
        <translation>資料庫無法寫入（它或其所在資料夾是唯讀的）。未儲存任何內容。</translation>
    </message>
    <message>
        <source>This is already on file (perhaps saved at another station a moment ago). Nothing was saved; look it up and try again.</source>
        <translation>此內容已存在（可能剛在另一工作站儲存）。未儲存任何內容；請查找後再試。</translation>
    </message>
    <message>
        <source>The database refused the change without giving a reason. Nothing was saved; try again, and tell the administrator if it happens again.</source>
        <translation>資料庫拒絕了變更，但未說明原因。未儲存任何內容；請再試一次，如再次發生請告知管理員。</translation>
    </message>
</context>
<context>
    <name>dd::StaleBar</name>
    <message>
        <source>someone</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>another station</source>
        <translation>另一工作站</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 at %4. Your changes here are not saved yet: Reload shows the saved version, Keep mine goes on with yours.</source>
        <translation>%1 已由 %2 在 %3 於 %4 修改。您在此的修改尚未儲存：「重新載入」顯示已儲存的版本，「保留我的修改」繼續使用您的修改。</translation>
    </message>
</context>
<context>
    <name>dd::TechnicianRules</name>
    <message>
        <source>Junior (level 5)</source>
        <translation>初級工（五級）</translation>
    </message>
    <message>
        <source>Intermediate (level 4)</source>
        <translation>中級工（四級）</translation>
    </message>
    <message>
        <source>Senior (level 3)</source>
        <translation>高級工（三級）</translation>
    </message>
    <message>
        <source>Technician (level 2)</source>
        <translation>技師（二級）</translation>
    </message>
    <message>
        <source>Senior technician (level 1)</source>
        <translation>高級技師（一級）</translation>
    </message>
    <message>
        <source>A technician has no name.</source>
        <translation>有一位技師沒有填寫姓名。</translation>
    </message>
    <message>
        <source>The technician&apos;s name &quot;%1&quot; is longer than 40 characters.</source>
        <translation>技師姓名「%1」超過 40 個字元。</translation>
    </message>
    <message>
        <source>The team of %1 is longer than 40 characters.</source>
        <translation>%1 的班組名稱超過 40 個字元。</translation>
    </message>
    <message>
        <source>The grade of %1 is not one of the national levels.</source>
        <translation>%1 的等級不是國家職業等級之一。</translation>
    </message>
    <message>
        <source>%1 is on the list twice; give the second one a distinguishing name (e.g. 李强2).</source>
        <translation>%1 在名單中出現了兩次；請給第二位取一個可區分的名字（例如 李強2）。</translation>
    </message>
</context>
<context>
    <name>dd::TechnicianStore</name>
    <message>
        <source>A technician named %1 is already on the list (perhaps retired); tick Active on that row instead.</source>
        <translation>名單中已有名為 %1 的技師（可能已離職）；請在那一行勾選「在職」。</translation>
    </message>
    <message>
        <source>Technician %1</source>
        <translation>技師 %1</translation>
    </message>
</context>
<context>
    <name>dd::TechniciansDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班組</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在職</translation>
    </message>
    <message>
        <source>No technicians yet: add them with &quot;Add technician&quot; (Alt+A).</source>
        <translation>還沒有技師：用「新增技師」（Alt+A）新增。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登記</translation>
    </message>
    <message>
        <source>A workshop controller, a service manager or an administrator keeps this list.</source>
        <translation>此名單由車間主管、服務經理或管理員維護。</translation>
    </message>
</context>
<context>
    <name>dd::UserEditDialog</name>
    <message>
        <source>Edit user %1</source>
        <translation>編輯使用者 %1</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>新增使用者</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>兩次輸入的密碼不一致；請輸入相同的密碼。</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>請至少勾選一個角色。</translation>
    </message>
</context>
<context>
    <name>dd::Users</name>
    <message>
        <source>User %1 (%2)</source>
        <translation>使用者 %1（%2）</translation>
    </message>
    <message>
        <source>That user no longer exists.</source>
        <translation>該使用者已不存在。</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>請為使用者至少分配一個角色。</translation>
    </message>
    <message>
        <source>The sign-in name &quot;%1&quot; is already taken; choose another.</source>
        <translation>登入帳號“%1”已被使用；請另選一個。</translation>
    </message>
    <message>
        <source>This is the last active administrator; the shop would be locked out of its own settings. Make another user administrator first.</source>
        <translation>這是最後一個在用的管理員；否則本店將無法再修改設定。請先把另一位使用者設為管理員。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while signed in with it.</source>
        <translation>您不能停用自己當前登入的帳號。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for %1. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>%1 的密碼錯誤次數過多。請等待 %n 秒後重試。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong sign-in name or password.</source>
        <translation>登入帳號或密碼錯誤。</translation>
    </message>
    <message>
        <source>No password has been set for %1 yet; ask an administrator to set one.</source>
        <translation>%1 尚未設定密碼；請聯絡管理員設定。</translation>
    </message>
    <message>
        <source>The account %1 is deactivated; ask an administrator.</source>
        <translation>帳號 %1 已停用；請聯絡管理員。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>This database already has an administrator; sign in instead.</source>
        <translation>此資料庫已有管理員；請直接登入。</translation>
    </message>
</context>
<context>
    <name>dd::UsersDialog</name>
    <message>
        <source>Sign-in name</source>
        <translation>登入帳號</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登入</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>已設定</translation>
    </message>
    <message>
        <source>Not set: cannot sign in</source>
        <translation>未設定：無法登入</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新啟用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>停用使用者</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer sign in; their name stays on the records they made. You can reactivate them later.</source>
        <translation>停用 %1（%2）嗎？停用後將無法登入；其姓名仍保留在其經手的記錄上。之後可以重新啟用。</translation>
    </message>
</context>
<context>
    <name>dd::VehicleCodes</name>
    <message>
        <source>Small sedan</source>
        <translation>小型轎車</translation>
    </message>
    <message>
        <source>Small passenger car</source>
        <translation>小型普通客車</translation>
    </message>
    <message>
        <source>Small off-road car</source>
        <translation>小型越野客車</translation>
    </message>
    <message>
        <source>Medium passenger vehicle</source>
        <translation>中型普通客車</translation>
    </message>
    <message>
        <source>Large passenger vehicle</source>
        <translation>大型普通客車</translation>
    </message>
    <message>
        <source>Light truck</source>
        <translation>輕型普通貨車</translation>
    </message>
    <message>
        <source>Medium truck</source>
        <translation>中型普通貨車</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>藍</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黃</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>綠</translation>
    </message>
    <message>
        <source>Yellow-green</source>
        <translation>黃綠</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>黑</translation>
    </message>
</context>
<context>
    <name>dd::VehicleDialog</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Customer and vehicle %1</source>
        <translation>客戶和車輛 %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>New customer and vehicle</source>
        <translation>新建客戶和車輛</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>同意於 %1</translation>
    </message>
    <message>
        <source>The VIN %1</source>
        <translation>VIN %1</translation>
    </message>
    <message>
        <source>The plate %1</source>
        <translation>車牌 %1</translation>
    </message>
    <message>
        <source>Vehicle already on file</source>
        <translation>車輛已在檔案中</translation>
    </message>
    <message>
        <source>%1 is already on file: %2. Open that vehicle instead of entering it again?</source>
        <translation>%1 已在檔案中：%2。是否開啟該車輛，而不是重複錄入？</translation>
    </message>
    <message>
        <source>%1 is already on file for %2; saving would be refused.</source>
        <translation>%1 已登記在 %2 名下；儲存會被拒絕。</translation>
    </message>
    <message>
        <source>Customer already on file</source>
        <translation>客戶已在檔案中</translation>
    </message>
    <message>
        <source>%1 already uses %2. Is the vehicle theirs? Yes fills in that customer; No enters a new one.</source>
        <translation>%1 已使用 %2。這輛車是該客戶的嗎？選“是”填入該客戶；選“否”錄入新客戶。</translation>
    </message>
    <message>
        <source>Please check the VIN</source>
        <translation>請核對 VIN</translation>
    </message>
    <message>
        <source>Save with this VIN?</source>
        <translation>用此 VIN 儲存嗎？</translation>
    </message>
    <message>
        <source>Ne&amp;w owner (sold)…</source>
        <translation>更換車主（已轉賣）(&amp;W)…</translation>
    </message>
    <message>
        <source>New vehicle for %1</source>
        <translation>為%1新增車輛</translation>
    </message>
    <message>
        <source>New owner (previously %1)</source>
        <translation>新車主（原車主：%1）</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>更換車主</translation>
    </message>
    <message>
        <source>%1 has been sold? The owner&apos;s fields are emptied for the new owner; %2 stays in the vehicle&apos;s history. Typing a mobile number already on file offers that customer.</source>
        <translation>%1 已轉賣？車主資訊將清空以便錄入新車主；%2 保留在車輛的歷史記錄中。輸入已登記的手機號時會提示使用該客戶。</translation>
    </message>
    <message>
        <source>VIN accepted with a warning: %1</source>
        <translation>VIN 已在警告下接受：%1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登記</translation>
    </message>
    <message>
        <source>A new-energy plate: %1 is suggested. Check the powertrain with the customer.</source>
        <translation>新能源號牌：建議選擇「%1」。請與客戶確認動力類型。</translation>
    </message>
    <message>
        <source>as the plate says</source>
        <translation>按車牌判斷</translation>
    </message>
</context>
<context>
    <name>dd::VehicleRules</name>
    <message>
        <source>Enter the VIN or the plate; a vehicle with no plate yet needs its VIN.</source>
        <translation>請輸入 VIN 或車牌；尚無車牌的車輛必須輸入 VIN。</translation>
    </message>
    <message>
        <source>The model year %1 is not plausible.</source>
        <translation>年款 %1 不合理。</translation>
    </message>
    <message>
        <source>The first registration date is in the future.</source>
        <translation>初次登記日期在未來。</translation>
    </message>
    <message>
        <source>The purchase date is in the future.</source>
        <translation>購車日期在未來。</translation>
    </message>
    <message>
        <source>A mileage of %1 km is not plausible.</source>
        <translation>%1 公里的里程不合理。</translation>
    </message>
    <message>
        <source>Choose the vehicle&apos;s owner.</source>
        <translation>請選擇車主。</translation>
    </message>
</context>
<context>
    <name>dd::VehicleStore</name>
    <message>
        <source>The vehicle&apos;s owner is not a known customer.</source>
        <translation>車主不是已登記的客戶。</translation>
    </message>
    <message>
        <source>The VIN %1 is already on file for %2; open that vehicle instead.</source>
        <translation>VIN %1 已登記在 %2；請開啟該車輛。</translation>
    </message>
    <message>
        <source>The plate %1 is already on file for %2. If the plate moved to this car, remove it from the other one first.</source>
        <translation>車牌 %1 已登記在 %2。如果車牌已轉到這輛車，請先從另一輛車上移除。</translation>
    </message>
    <message>
        <source>The vehicle %1 no longer exists.</source>
        <translation>車輛 %1 已不存在。</translation>
    </message>
    <message>
        <source>The vehicle %1</source>
        <translation>車輛 %1</translation>
    </message>
    <message>
        <source>The vehicle no longer exists.</source>
        <translation>該車輛已不存在。</translation>
    </message>
    <message>
        <source>The mileage %L1 km is lower than the last recorded %L2 km.</source>
        <translation>里程 %L1 公里低於上次記錄的 %L2 公里。</translation>
    </message>
    <message>
        <source>The mileage %L1 km is lower than the last recorded %L2 km (%3). Check the odometer; if the instrument cluster was replaced, check in anyway and the inspection records the reason.</source>
        <translation>里程 %L1 公里低於上次記錄的 %L2 公里（%3）。請核對里程錶；如儀表總成已更換，仍可登記，環車檢查時記錄原因。</translation>
    </message>
</context>
<context>
    <name>dd::Vin</name>
    <message>
        <source>The VIN is empty.</source>
        <translation>VIN 為空。</translation>
    </message>
    <message>
        <source>A VIN has 17 characters; this one has %1.</source>
        <translation>VIN 有 17 位；此 VIN 有 %1 位。</translation>
    </message>
    <message>
        <source>A VIN never contains the letter %1 (position %2); it is probably %3.</source>
        <translation>VIN 不含字母 %1（第 %2 位），可能是 %3。</translation>
    </message>
    <message>
        <source>A VIN holds only letters and digits; position %1 is &quot;%2&quot;.</source>
        <translation>VIN 只含字母和數字；第 %1 位是“%2”。</translation>
    </message>
    <message>
        <source>VIN check digit should be %1 (position 9 is %2).</source>
        <translation>VIN 校驗位應為 %1（第 9 位是 %2）。</translation>
    </message>
    <message>
        <source>Please check the VIN against the vehicle licence.</source>
        <translation>請與行駛證核對 VIN。</translation>
    </message>
    <message>
        <source>Many European VINs carry no check digit; accept it if it matches the vehicle licence.</source>
        <translation>許多歐洲車的 VIN 沒有校驗位；如與行駛證一致，可以接受。</translation>
    </message>
</context>
<context>
    <name>dd::WorkOrderLineDialog</name>
    <message>
        <source>Labor</source>
        <translation>工時</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Other charge</source>
        <translation>其他費用</translation>
    </message>
    <message>
        <source>%1, ¥%2/h</source>
        <translation>%1，¥%2/小時</translation>
    </message>
    <message>
        <source>The customer signed the estimate: prices and quantities change only through add-on approval. The technician can be set here.</source>
        <translation>客戶已簽字確認估價：價格和數量只能透過增修確認修改。這裡可以指定維修技師。</translation>
    </message>
    <message>
        <source>Line: %1</source>
        <translation>項目：%1</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>新項目</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price in yuan, e.g. 120.00.</source>
        <translation>“%1”不是以元為單位的價格，例如 120.00。</translation>
    </message>
    <message>
        <source>code, part number or name: the catalog suggests</source>
        <translation>程式碼、配件號或名稱：價目表會給出建議</translation>
    </message>
    <message>
        <source>%1  %2  %3 h</source>
        <translation>%1  %2  %3 小時</translation>
    </message>
    <message>
        <source>%1  %2  %3  ¥%4</source>
        <translation>%1  %2  %3  ¥%4</translation>
    </message>
    <message>
        <source>From the catalog: %1 h standard hours.</source>
        <translation>來自價目表：標準工時 %1 小時。</translation>
    </message>
    <message>
        <source>From the catalog: %1 h standard hours for %2.</source>
        <translation>來自價目表：%2 的標準工時 %1 小時。</translation>
    </message>
    <message>
        <source>From the price list.</source>
        <translation>來自配件價格表。</translation>
    </message>
    <message>
        <source>From the price list: %1.</source>
        <translation>來自配件價格表：%1。</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>尚未派工</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>班組：%1</translation>
    </message>
    <message>
        <source>%1 (not on the list)</source>
        <translation>%1（不在名單中）</translation>
    </message>
</context>
<context>
    <name>dd::WorkOrderRules</name>
    <message>
        <source>Maintenance</source>
        <translation>保養</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>一般維修</translation>
    </message>
    <message>
        <source>Body and paint</source>
        <translation>鈑噴</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修索賠</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保險</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>內部</translation>
    </message>
    <message>
        <source>Comeback</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Whole-vehicle or major assembly repair</source>
        <translation>整車或總成修理</translation>
    </message>
    <message>
        <source>Level-2 maintenance</source>
        <translation>二級維護</translation>
    </message>
    <message>
        <source>Level-1 maintenance, minor or specialist repair</source>
        <translation>一級維護、小修或專項修理</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客戶自付</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>善意維修</translation>
    </message>
    <message>
        <source>OEM</source>
        <translation>原廠</translation>
    </message>
    <message>
        <source>Equivalent quality</source>
        <translation>同質配件</translation>
    </message>
    <message>
        <source>Reconditioned</source>
        <translation>修復件</translation>
    </message>
    <message>
        <source>Customer-supplied</source>
        <translation>客戶自帶</translation>
    </message>
    <message>
        <source>Diagnosis fee</source>
        <translation>診斷費</translation>
    </message>
    <message>
        <source>Sublet work</source>
        <translation>外協加工</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>輔料</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>已委託</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>維修中</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>等待客戶確認</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>質檢中</translation>
    </message>
    <message>
        <source>Ready for settlement</source>
        <translation>待結算</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已結算</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交車</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>等待客戶決定</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>暫緩</translation>
    </message>
    <message>
        <source>Customer authorized the work</source>
        <translation>客戶已簽字委託</translation>
    </message>
    <message>
        <source>Hand over to the workshop</source>
        <translation>交車間（派工）</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>開始維修</translation>
    </message>
    <message>
        <source>Wait for the customer&apos;s approval</source>
        <translation>等待客戶確認增修</translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation>繼續維修</translation>
    </message>
    <message>
        <source>Send to quality check</source>
        <translation>送質檢</translation>
    </message>
    <message>
        <source>Quality check passed</source>
        <translation>質檢合格</translation>
    </message>
    <message>
        <source>Quality check failed: back to the workshop</source>
        <translation>質檢不合格：返回車間</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>結算</translation>
    </message>
    <message>
        <source>Deliver to the customer</source>
        <translation>交車</translation>
    </message>
    <message>
        <source>Cancel the work order</source>
        <translation>取消工單</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step a work order can take.</source>
        <translation>“%1”不是工單可以執行的步驟。</translation>
    </message>
    <message>
        <source>The work order is %1; &quot;%2&quot; is only possible when it is %3.</source>
        <translation>工單當前為%1；只有在%3時才能“%2”。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>the work-order type</source>
        <translation>工單型別</translation>
    </message>
    <message>
        <source>the repair category</source>
        <translation>維修類別</translation>
    </message>
    <message>
        <source>at least one concern in the customer&apos;s words</source>
        <translation>至少一條客戶原話描述</translation>
    </message>
    <message>
        <source>at least one approved line in the estimate</source>
        <translation>估價中至少一個已批准項目</translation>
    </message>
    <message>
        <source>the customer&apos;s written consent to the reconditioned part &quot;%1&quot;</source>
        <translation>客戶對修復件“%1”的書面同意</translation>
    </message>
    <message>
        <source>the promised completion time</source>
        <translation>承諾交車時間</translation>
    </message>
    <message>
        <source>a technician for &quot;%1&quot;</source>
        <translation>“%1”的維修技師</translation>
    </message>
    <message>
        <source>the workshop person receiving the car</source>
        <translation>車間接車人</translation>
    </message>
    <message>
        <source>a finding for the customer to decide on</source>
        <translation>需客戶決定的增修項目</translation>
    </message>
    <message numerus="yes">
        <source>the customer&apos;s decision on %n finding(s)</source>
        <translation>
            <numerusform>客戶對 %n 個增修項目的決定</numerusform>
        </translation>
    </message>
    <message>
        <source>a correction, or &quot;no fault found&quot;, for the concern &quot;%1&quot;</source>
        <translation>客戶描述“%1”的處理措施或“未發現故障”</translation>
    </message>
    <message>
        <source>the name of the quality inspector</source>
        <translation>質檢員姓名</translation>
    </message>
    <message>
        <source>what the workshop must put right</source>
        <translation>車間需要返工的內容</translation>
    </message>
    <message>
        <source>the reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Line %1 needs a description.</source>
        <translation>第 %1 行需要填寫名稱。</translation>
    </message>
    <message>
        <source>The description of line %1 is longer than 200 characters.</source>
        <translation>第 %1 行的名稱超過 200 個字元。</translation>
    </message>
    <message>
        <source>Line %1 has an unknown kind &quot;%2&quot;.</source>
        <translation>第 %1 行的類別“%2”無效。</translation>
    </message>
    <message>
        <source>%1 has an unknown pay type &quot;%2&quot;.</source>
        <translation>%1 的付費型別“%2”無效。</translation>
    </message>
    <message>
        <source>%1 needs its sold hours (more than 0).</source>
        <translation>%1 需要填寫工時（大於 0）。</translation>
    </message>
    <message>
        <source>%1 has a negative labor rate.</source>
        <translation>%1 的工時單價為負數。</translation>
    </message>
    <message>
        <source>%1 needs a quantity above 0.</source>
        <translation>%1 的數量必須大於 0。</translation>
    </message>
    <message>
        <source>%1 has a negative price.</source>
        <translation>%1 的價格為負數。</translation>
    </message>
    <message>
        <source>%1 needs its source: OEM, equivalent, reconditioned or customer-supplied.</source>
        <translation>%1 需要註明來源：原廠、同質、修復件或客戶自帶。</translation>
    </message>
    <message>
        <source>%1 needs its kind: diagnosis fee, sublet work or materials.</source>
        <translation>%1 需要註明類別：診斷費、外協加工或輔料。</translation>
    </message>
    <message>
        <source>%1 was %2: note the customer&apos;s reason.</source>
        <translation>%1 %2：請記錄客戶的理由。</translation>
    </message>
    <message>
        <source>%1 was deferred: note when to bring it up again.</source>
        <translation>%1 已暫緩：請記錄下次提醒的日期。</translation>
    </message>
    <message>
        <source>Parts supplied by the customer: the shop gives no quality guarantee for these parts or for work failing because of them.</source>
        <translation>客戶自帶配件：本店對該配件及因其導致的維修失效不提供質量保證。</translation>
    </message>
    <message>
        <source>the repair authorization printed again for the customer&apos;s signature: the estimate changed since it was printed</source>
        <translation>重新列印維修委託書供客戶簽字：列印後估價已更改</translation>
    </message>
    <message>
        <source>the repair authorization printed for the customer&apos;s signature</source>
        <translation>列印維修委託書供客戶簽字</translation>
    </message>
    <message>
        <source>Settlement reversed</source>
        <translation>結算已衝紅</translation>
    </message>
    <message>
        <source>the pickup checklist: %1</source>
        <translation>交車核對：%1</translation>
    </message>
    <message>
        <source>the reason for the reversal</source>
        <translation>衝紅原因</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>工時</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>a decision on the walk-around&apos;s finding &quot;%1&quot; (%2): in the estimate, recommended for later, or declined by the customer</source>
        <translation>對環車檢查發現的「%1」（%2）作出處理：列入估價、建議下次處理，或由客戶謝絕</translation>
    </message>
</context>
<context>
    <name>dd::WorkOrderStore</name>
    <message>
        <source>The work order is no longer on record.</source>
        <translation>該工單已不在記錄中。</translation>
    </message>
    <message>
        <source>The customer authorized work order %1; its estimate can no longer change. New work goes through add-on approval.</source>
        <translation>客戶已簽字委託工單 %1，估價不能再修改。新增項目請走增修確認。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a work-order type.</source>
        <translation>“%1”不是有效的工單型別。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repair category.</source>
        <translation>“%1”不是有效的維修類別。</translation>
    </message>
    <message>
        <source>A concern is longer than 500 characters; split it in two.</source>
        <translation>有一條客戶描述超過 500 個字元，請拆分為兩條。</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>工單 %1</translation>
    </message>
    <message>
        <source>Work order %1 is %2: its causes and corrections are final.</source>
        <translation>工單 %1 %2：原因和處理措施已不能修改。</translation>
    </message>
    <message>
        <source>A concern of work order %1 changed at another station; reload it.</source>
        <translation>工單 %1 的客戶描述已在其他工作站被修改，請重新載入。</translation>
    </message>
    <message>
        <source>Work order %1 is %2: its technicians are final.</source>
        <translation>工單 %1 %2：維修技師已不能修改。</translation>
    </message>
    <message>
        <source>That labor line is no longer on work order %1.</source>
        <translation>該工時項目已不在工單 %1 中。</translation>
    </message>
    <message>
        <source>Choose the technician.</source>
        <translation>請選擇維修技師。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; needs %3.</source>
        <translation>%1：“%2”還需要：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A work order is settled at the cashier desk (Ctrl+5), with its payments; a settlement is reversed there, with a service manager&apos;s approval.</source>
        <translation>工單在結算臺（Ctrl+5）結算並收款；衝紅也在結算臺辦理，須服務經理批准。</translation>
    </message>
    <message>
        <source>%1 is no longer on the list of active technicians; choose another.</source>
        <translation>%1 已不在在職技師名單中，請另選一位。</translation>
    </message>
    <message>
        <source>The odometer reads %L1 km as the car leaves, less than the %L2 km read at check-in. Read it again; leave the field empty if it cannot be read.</source>
        <translation>出廠里程 %L1 公里低於進廠時的 %L2 公里。請重新讀取；無法讀取時請留空。</translation>
    </message>
    <message>
        <source>The odometer reads %L1 km as the car leaves, %L2 km more than at check-in. Check the figure.</source>
        <translation>出廠里程 %L1 公里比進廠時多 %L2 公里，請核對數字。</translation>
    </message>
</context>
<context>
    <name>dd::WorkOrdersPage</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>儲存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承諾交車</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>客戶原話</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>處理措施</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation>未發現故障</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>請選擇…</translation>
    </message>
    <message>
        <source>Advisor: %1</source>
        <translation>服務顧問：%1</translation>
    </message>
    <message>
        <source>&amp;Work orders in the shop (%1):</source>
        <translation>在廠工單(&amp;W)（%1）：</translation>
    </message>
    <message>
        <source>Unsaved work order</source>
        <translation>工單未儲存</translation>
    </message>
    <message>
        <source>Work order %1 has changes that are not saved yet. Save them now?</source>
        <translation>工單 %1 有尚未儲存的更改。現在儲存嗎？</translation>
    </message>
    <message>
        <source>Choose a work order in the list.</source>
        <translation>請在列表中選擇工單。</translation>
    </message>
    <message>
        <source>(rework round %1)</source>
        <translation>（第 %1 次返工）</translation>
    </message>
    <message>
        <source>Labor ¥%1 (%2 h) · parts ¥%3 · other ¥%4 · &lt;b&gt;total ¥%5&lt;/b&gt;, of which VAT %6 % ¥%7 · the customer pays ¥%8</source>
        <translation>工時費 ¥%1（%2 小時）· 材料費 ¥%3 · 其他 ¥%4 · &lt;b&gt;合計 ¥%5&lt;/b&gt;，其中增值稅 %6% ¥%7 · 客戶自付 ¥%8</translation>
    </message>
    <message>
        <source>Quality guarantee: %L1 km or %2 days from completion, whichever comes first. %3</source>
        <translation>質量保證期：自竣工之日起 %L1 公里或 %2 天，以先到者為準。%3</translation>
    </message>
    <message>
        <source>A completion certificate is issued after the quality check.</source>
        <translation>質檢合格後出具竣工出廠合格證。</translation>
    </message>
    <message>
        <source>No completion certificate: the release notice goes with the car.</source>
        <translation>不出具竣工出廠合格證：隨車交付出廠通知單。</translation>
    </message>
    <message>
        <source>Note your changes, then open the work order again to see theirs.</source>
        <translation>請先記下您的修改，再重新開啟工單檢視對方的修改。</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已於 %1 儲存。</translation>
    </message>
    <message>
        <source>Received in the workshop by:</source>
        <translation>車間接車人：</translation>
    </message>
    <message>
        <source>Quality inspector:</source>
        <translation>質檢員：</translation>
    </message>
    <message>
        <source>What must the workshop put right?</source>
        <translation>車間需要返工的內容：</translation>
    </message>
    <message>
        <source>Why is the work order cancelled?</source>
        <translation>取消工單的原因：</translation>
    </message>
    <message>
        <source>%1: done. The work order is now %2.</source>
        <translation>%1：已完成。工單當前狀態：%2。</translation>
    </message>
    <message>
        <source>The finding waits for the customer&apos;s decision on the approvals screen (Ctrl+4).</source>
        <translation>該增修項目在增修確認頁（Ctrl+4）等待客戶決定。</translation>
    </message>
    <message>
        <source>The inspection has no yellow or red findings left to take over.</source>
        <translation>環車檢查沒有尚未處理的黃色或紅色問題。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) taken over from the inspection: check their hours and prices, then save.</source>
        <translation>
            <numerusform>已從環車檢查加入 %n 個項目：請核對工時和價格後儲存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested from %1 h of work, %2 h queued for %n technician(s) and a half-hour margin; change it if parts must be ordered.</source>
        <translation>
            <numerusform>按 %1 小時工時、%n 名技師排隊中的 %2 小時工作及半小時預留計算；如需訂購配件請調整。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;Promise not kept: tell the customer of the delay&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;未能按承諾完成：請告知客戶延誤&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Tell the customer by %1</source>
        <translation>請在 %1 前通知客戶</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>工單 %1</translation>
    </message>
    <message>
        <source>Save the work order</source>
        <translation>儲存工單</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>新增項目行</translation>
    </message>
    <message>
        <source>Read the list and the open work order again</source>
        <translation>重新讀取工單列表和開啟的工單</translation>
    </message>
    <message>
        <source>Print the repair authorization</source>
        <translation>列印維修委託書</translation>
    </message>
    <message>
        <source>Tell the customer: ready or delayed</source>
        <translation>通知客戶：已完工或延期</translation>
    </message>
    <message>
        <source>Take the next step (authorize, hand over, ...)</source>
        <translation>執行下一步（客戶授權、交車間……）</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) overdue</source>
        <translation>
            <numerusform>%n 個承諾交車時間已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工單</translation>
    </message>
    <message>
        <source>Before authorizing: decide on the walk-around&apos;s findings not yet in the estimate.</source>
        <translation>委託前：請先處理環車檢查中尚未列入估價的發現。</translation>
    </message>
    <message>
        <source>Already on the estimate</source>
        <translation>估價單上已有</translation>
    </message>
    <message>
        <source>%1 would add what the estimate has already: %2.

Keep both lines, merge them into one (a part&apos;s quantity adds up, an operation is done once), or skip the job&apos;s line?</source>
        <translation>%1 會重複加入估價單上已有的項目：%2。

保留兩行、合併為一行（配件數量相加，工時項目只做一次），還是略過套餐中的這些行？</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合併(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>保留兩行(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>略過(&amp;S)</translation>
    </message>
    <message>
        <source>Type: %1.</source>
        <translation>工單類型：%1。</translation>
    </message>
    <message>
        <source>The job is %1; the work order stays %2.</source>
        <translation>該套餐屬於%1；工單類型仍為%2。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) added to the estimate</source>
        <translation>
            <numerusform>%1：已向估價單加入 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already there (%1)</source>
        <translation>
            <numerusform>，%n 行已存在（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合併</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <source>; check them, then save.</source>
        <translation>；請核對後儲存。</translation>
    </message>
    <message>
        <source>The promise is outside the workshop&apos;s hours (%1–%2).</source>
        <translation>承諾時間不在車間營業時間內（%1–%2）。</translation>
    </message>
    <message>
        <source>The estimate has no labor lines to assign.</source>
        <translation>估價單中沒有可派工的工時項目。</translation>
    </message>
    <message>
        <source>The list of technicians is empty: a workshop controller or an administrator adds them under Settings, Technicians…</source>
        <translation>技師名單為空：請車間主管或管理員在「設定 &gt; 技師…」中新增。</translation>
    </message>
    <message>
        <source>Assign a technician</source>
        <translation>派工</translation>
    </message>
    <message numerus="yes">
        <source>Who does the %n selected labor line(s)?</source>
        <translation>
            <numerusform>選取的 %n 個工時項目派給誰？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Who does all %n labor line(s) of %1?</source>
        <translation>
            <numerusform>%1 的全部 %n 個工時項目派給誰？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned to %n labor line(s).</source>
        <translation>
            <numerusform>已把 %n 個工時項目派給 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs %2, and then the workshop person receiving the car. Assign technicians with &quot;Assign technician…&quot; (Alt+C).</source>
        <translation>「%1」還需要：%2，然後是車間接車人。請用「派工…」（Alt+C）指派技師。</translation>
    </message>
    <message>
        <source>The repair authorization is given to the customer. Once it is signed, on paper or on screen, authorize (Ctrl+Enter).</source>
        <translation>維修委託書已交客戶。客戶在紙上或螢幕上簽名後，即可確認委託（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>The customer signs the repair authorization before work starts: print it or have it signed on screen (Ctrl+P), then authorize.</source>
        <translation>開工前客戶須簽署維修委託書：列印或在螢幕上簽名（Ctrl+P），然後確認委託。</translation>
    </message>
    <message>
        <source>The car has left with the customer. %1</source>
        <translation>車輛已由客戶取走。%1</translation>
    </message>
    <message>
        <source>The finding is covered by warranty: its lines are on the work order, and the workshop can go on.</source>
        <translation>該增修項目屬於保修範圍：項目已加入工單，車間可以繼續作業。</translation>
    </message>
</context>
<context>
    <name>dd::ui</name>
    <message>
        <source>Please check your input</source>
        <translation>請檢查輸入</translation>
    </message>
    <message>
        <source>Changed at another station</source>
        <translation>已在其他工作站修改</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>無權操作</translation>
    </message>
    <message>
        <source>Database not reachable</source>
        <translation>無法連線資料庫</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>資料庫忙</translation>
    </message>
    <message>
        <source>DealerDesk</source>
        <translation>DealerDesk</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic *.bmp)</source>
        <translation>圖片 (*.jpg *.jpeg *.png *.heic *.bmp)</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>磁碟機</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 檔案</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>請選擇其他檔案</translation>
    </message>
    <message>
        <source>%1 is DealerDesk&apos;s own database (or one of its journal files). It cannot be used here; choose another file.</source>
        <translation>%1 是 DealerDesk 自己的資料庫（或其日誌檔案之一），不能在此使用；請選擇其他檔案。</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>資料庫已損壞</translation>
    </message>
    <message>
        <source>Already on file</source>
        <translation>已存在</translation>
    </message>
</context>
</TS>
