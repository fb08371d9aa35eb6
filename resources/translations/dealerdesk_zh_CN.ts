<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>车辆：</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>日期和时间(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;uration (min):</source>
        <translation>时长(分钟)(&amp;U)：</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>服务类型(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>服务顾问(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Bay:</source>
        <translation>工位(&amp;B)：</translation>
    </message>
    <message>
        <source>Conc&amp;erns:</source>
        <translation>客户描述(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Parts to order (yuan):</source>
        <translation>需订配件金额(元)(&amp;P)：</translation>
    </message>
    <message>
        <source>Dep&amp;osit (yuan):</source>
        <translation>订金(元)(&amp;O)：</translation>
    </message>
    <message>
        <source>Deposit pa&amp;id</source>
        <translation>订金已付(&amp;I)</translation>
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
        <translation>后一天(&amp;X)</translation>
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
        <translation>取消预约(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation>记录回访电话(&amp;L)…</translation>
    </message>
    <message>
        <source>Appoint&amp;ments of the day</source>
        <translation>当日预约(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Check in… (F4)</source>
        <translation>接待登记(&amp;C)… (F4)</translation>
    </message>
    <message>
        <source>L&amp;oad per advisor and bay</source>
        <translation>顾问与工位负荷(&amp;O)</translation>
    </message>
    <message>
        <source>Ne&amp;w appointment…</source>
        <translation>新建预约(&amp;W)…</translation>
    </message>
    <message>
        <source>Find the vehicle at reception, then book it there (Alt+B).</source>
        <translation>在接待界面找到车辆，然后在那里预约（Alt+B）。</translation>
    </message>
    <message>
        <source>To conf&amp;irm by phone</source>
        <translation>待电话确认(&amp;I)</translation>
    </message>
    <message>
        <source>P&amp;rint slip…</source>
        <translation>打印预约单(&amp;R)…</translation>
    </message>
    <message>
        <source>The appointment slip for the customer (Ctrl+P)</source>
        <translation>给客户的维修预约单（Ctrl+P）</translation>
    </message>
    <message>
        <source>Mar&amp;k the no-shows</source>
        <translation>登记爽约(&amp;K)</translation>
    </message>
    <message>
        <source>Every booking of the day whose grace time has passed without the customer (Settings, Workshop hours)</source>
        <translation>当天超过宽限时间客户仍未到店的所有预约（设置 &gt; 车间营业时间）</translation>
    </message>
    <message>
        <source>Timeline b&amp;y advisor and bay</source>
        <translation>时间轴：按顾问和工位(&amp;Y)</translation>
    </message>
    <message>
        <source>Green: free. Arrows move between bookings, Enter opens one.</source>
        <translation>绿色为空闲。方向键在预约之间移动，回车打开预约。</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>&amp;Waiting for the customer:</source>
        <translation>等待客户确认(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Record the decision…</source>
        <translation>记录客户决定(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Decided, workshop not told yet:</source>
        <translation>已决定、尚未通知车间(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Tell the workshop…</source>
        <translation>通知车间(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Print for signature…</source>
        <translation>打印签字单(&amp;P)…</translation>
    </message>
    <message>
        <source>The add-on repair approval form for the customer&apos;s signature</source>
        <translation>给客户签字的增修确认单</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
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
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Record t&amp;ype:</source>
        <translation>记录类型(&amp;Y):</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>从(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>校验链(&amp;V)</translation>
    </message>
    <message>
        <source>Recompute every audit row&apos;s hash and check that none was changed, removed or slipped in</source>
        <translation>重新计算每条审计记录的哈希，检查没有记录被修改、删除或插入</translation>
    </message>
    <message>
        <source>Find in the &amp;list:</source>
        <translation>在列表中查找(&amp;L)：</translation>
    </message>
    <message>
        <source>a name, a station, a plate, a number…</source>
        <translation>姓名、工位、车牌、单号……</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>操作(&amp;O)：</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>The rows shown, as they are filtered, in a CSV file for Excel</source>
        <translation>把当前筛选后显示的记录导出为 CSV 文件（可用 Excel 打开）</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Reminder call</source>
        <translation>预约提醒电话</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>预约：</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>拨打：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>What was agreed; why the customer cancelled</source>
        <translation>约定内容；客户取消的原因</translation>
    </message>
    <message>
        <source>Earlier calls</source>
        <translation>此前的电话</translation>
    </message>
</context>
<context>
    <name>CannedJobDialog</name>
    <message>
        <source>Add a job</source>
        <translation>添加套餐</translation>
    </message>
    <message>
        <source>&amp;Jobs:</source>
        <translation>套餐(&amp;J)：</translation>
    </message>
    <message>
        <source>What it &amp;contains, priced for this car:</source>
        <translation>套餐内容（按本车计价）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Who pays:</source>
        <translation>付费方(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>CashierPage</name>
    <message>
        <source>Scan the barcode on the customer&apos;s form anywhere on this screen, or type the work-order or statement number:</source>
        <translation>在本界面任意位置扫描客户单据上的条码，或输入工单号或结算单号：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>单号(&amp;N)：</translation>
    </message>
    <message>
        <source>WO… or ST…</source>
        <translation>WO… 或 ST…</translation>
    </message>
    <message>
        <source>Ready for settlement, by promised time</source>
        <translation>待结算（按承诺时间排序）</translation>
    </message>
    <message>
        <source>&amp;Day close…</source>
        <translation>日结(&amp;D)…</translation>
    </message>
    <message>
        <source>L&amp;ine discount…</source>
        <translation>单项折扣(&amp;I)…</translation>
    </message>
    <message>
        <source>A discount on the selected line: a percentage (10%) or an amount (20.00). Only lines the customer pays.</source>
        <translation>给选中的项目打折：百分比（10%）或金额（20.00）。仅限客户自付的项目。</translation>
    </message>
    <message>
        <source>&amp;Order discount:</source>
        <translation>整单折扣(&amp;O)：</translation>
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
        <translation>去掉客户应付金额中不足一元的部分，作为一笔有记录的折扣。</translation>
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
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Cash re&amp;ceived:</source>
        <translation>实收现金(&amp;C)：</translation>
    </message>
    <message>
        <source>Ref&amp;erence:</source>
        <translation>流水号(&amp;E)：</translation>
    </message>
    <message>
        <source>transaction or slip no.</source>
        <translation>交易号或签购单号</translation>
    </message>
    <message>
        <source>Add &amp;payment</source>
        <translation>添加收款(&amp;P)</translation>
    </message>
    <message>
        <source>Remove pa&amp;yment</source>
        <translation>删除收款(&amp;Y)</translation>
    </message>
    <message>
        <source>Old par&amp;ts:</source>
        <translation>旧件(&amp;T)：</translation>
    </message>
    <message>
        <source>Sett&amp;le (Ctrl+Enter)</source>
        <translation>结算(&amp;L)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Statement (Ctrl+P)</source>
        <translation>结算清单（Ctrl+P）</translation>
    </message>
    <message>
        <source>Release notice (Ctrl+R)</source>
        <translation>出厂通知单（Ctrl+R）</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>冲红(&amp;V)…</translation>
    </message>
    <message>
        <source>Reversal (冲红): a negative entry with the reason, authorized by a service manager. The work order can then be settled again.</source>
        <translation>冲红：一笔带原因的负数记录，须服务经理授权。之后工单可重新结算。</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Catalogs</source>
        <translation>价目表</translation>
    </message>
    <message>
        <source>&amp;Labor operations</source>
        <translation>工时项目(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Parts price list</source>
        <translation>配件价格表(&amp;P)</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>查找(&amp;N)：</translation>
    </message>
    <message>
        <source>part number or any part of the name</source>
        <translation>配件号或名称中的任意部分</translation>
    </message>
    <message>
        <source>Canned &amp;jobs</source>
        <translation>维修套餐(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check in</source>
        <translation>接待登记</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>车辆：</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>预约：</translation>
    </message>
    <message>
        <source>Person &amp;dropping off:</source>
        <translation>送修人(&amp;D)：</translation>
    </message>
    <message>
        <source>Their p&amp;hone:</source>
        <translation>送修人电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Mileage (km):</source>
        <translation>里程(公里)(&amp;M)：</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>尚未读取</translation>
    </message>
    <message>
        <source>Conc&amp;erns:</source>
        <translation>客户描述(&amp;E)：</translation>
    </message>
    <message>
        <source>One concern per line, in the customer&apos;s own words</source>
        <translation>每行一条，用客户自己的话记录</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>&amp;Customer or vehicle:</source>
        <translation>客户或车辆(&amp;C):</translation>
    </message>
    <message>
        <source>plate, phone, name or work-order number; Down to choose</source>
        <translation>车牌、电话、姓名或工单号；按↓选择</translation>
    </message>
    <message>
        <source>&amp;Work order:</source>
        <translation>工单(&amp;W):</translation>
    </message>
    <message>
        <source>Recei&amp;ved through:</source>
        <translation>受理渠道(&amp;V):</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A):</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>严重程度(&amp;E):</translation>
    </message>
    <message>
        <source>What the customer &amp;said:</source>
        <translation>客户原话(&amp;S):</translation>
    </message>
    <message>
        <source>in the customer&apos;s own words; Ctrl+Enter registers the complaint</source>
        <translation>按客户原话记录；Ctrl+Enter 登记投诉</translation>
    </message>
</context>
<context>
    <name>ComplaintStepDialog</name>
    <message>
        <source>Complaint: log a step</source>
        <translation>投诉：记录处理步骤</translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation>步骤(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N):</translation>
    </message>
    <message>
        <source>what was done, found or said; Ctrl+Enter logs the step</source>
        <translation>所做、所查或所说的内容；Ctrl+Enter 记录</translation>
    </message>
    <message>
        <source>&amp;Work order no.:</source>
        <translation>工单号(&amp;W):</translation>
    </message>
    <message>
        <source>the comeback or goodwill work order opened at reception</source>
        <translation>在接待处开具的返修或善意补偿工单</translation>
    </message>
    <message>
        <source>&amp;Hand over to:</source>
        <translation>移交给(&amp;H):</translation>
    </message>
    <message>
        <source>Customer &amp;satisfied:</source>
        <translation>客户是否满意(&amp;S):</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <source>&amp;Open complaints:</source>
        <translation>处理中的投诉(&amp;O):</translation>
    </message>
    <message>
        <source>Also those closed in the last 30 &amp;days</source>
        <translation>同时显示近 30 天已结案的(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>新投诉(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a complaint received at the counter, by phone, by letter, from the manufacturer&apos;s hotline or online</source>
        <translation>登记在前台、电话、信函、厂家400转办或网上收到的投诉</translation>
    </message>
    <message>
        <source>Log a s&amp;tep…</source>
        <translation>记录处理(&amp;T)…</translation>
    </message>
    <message>
        <source>On the selected complaint: called, investigated, comeback, goodwill, reply, handover, call-back, reopen (Enter)</source>
        <translation>对所选投诉：致电、调查、返修、善意补偿、答复、移交、回访确认、重新打开（Enter）</translation>
    </message>
    <message>
        <source>P&amp;rint the form…</source>
        <translation>打印处理单(&amp;R)…</translation>
    </message>
    <message>
        <source>The complaint-handling form (客户投诉处理单) of the selected complaint</source>
        <translation>所选投诉的客户投诉处理单</translation>
    </message>
</context>
<context>
    <name>DamageMarkDialog</name>
    <message>
        <source>Damage mark</source>
        <translation>损伤标记</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>发现于：</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>视图(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Size or &amp;note:</source>
        <translation>大小或备注(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 5 cm, rear bumper corner</source>
        <translation>例如：5 cm，后保险杠角</translation>
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
        <translation>已修复(&amp;R)</translation>
    </message>
    <message>
        <source>P&amp;hotos:</source>
        <translation>照片(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Add photo…</source>
        <translation>添加照片(&amp;A)…</translation>
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
        <translation>数据库连接</translation>
    </message>
    <message>
        <source>Where DealerDesk on this PC keeps its data. A change takes effect when DealerDesk starts again; nothing is copied or deleted.</source>
        <translation>本机 DealerDesk 的数据存放位置。修改在 DealerDesk 下次启动时生效；不会复制或删除任何数据。</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (reception and cashier on several PCs)</source>
        <translation>PostgreSQL 服务器（接待和结算在多台电脑上）(&amp;P)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V):</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10</source>
        <translation>例如 192.168.1.10</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W):</translation>
    </message>
    <message>
        <source>only to test; keep it in ~/.pgpass for daily use</source>
        <translation>仅用于测试；日常使用请保存在 ~/.pgpass 中</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;QLite file on this PC (one counter PC)</source>
        <translation>本机上的 SQLite 文件（单台前台电脑）(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <source>Day close</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Business &amp;day:</source>
        <translation>营业日(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close the day</source>
        <translation>日结关账(&amp;C)</translation>
    </message>
    <message>
        <source>Discounts given, and who approved them:</source>
        <translation>当日折扣及批准人：</translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation>现金盘点</translation>
    </message>
    <message>
        <source>Cash expected:</source>
        <translation>应有现金：</translation>
    </message>
    <message>
        <source>Cash c&amp;ounted (yuan):</source>
        <translation>实点现金（元）(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. 1250.00</source>
        <translation>例如 1250.00</translation>
    </message>
    <message>
        <source>Over / short:</source>
        <translation>长款 / 短款：</translation>
    </message>
    <message>
        <source>&amp;Reason if over or short:</source>
        <translation>长短款原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Hand over the shift…</source>
        <translation>交班(&amp;H)…</translation>
    </message>
    <message>
        <source>Another cashier takes the desk over: the drawer is counted now, over or short with its reason</source>
        <translation>由另一位收银员接班：现在盘点钱箱，长短款须注明原因</translation>
    </message>
</context>
<context>
    <name>DealershipSettingsDialog</name>
    <message>
        <source>Dealership settings</source>
        <translation>经销店设置</translation>
    </message>
    <message>
        <source>&amp;Dealership</source>
        <translation>经销店(&amp;D)</translation>
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
        <translation>税号(&amp;T):</translation>
    </message>
    <message>
        <source>unified social credit code, 18 characters</source>
        <translation>统一社会信用代码，18 位</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>标志:</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>价格(&amp;P)</translation>
    </message>
    <message>
        <source>VAT ra&amp;te (%):</source>
        <translation>增值税率 (%)(&amp;T):</translation>
    </message>
    <message>
        <source>Labor rates (tax-inclusive, per hour). Rates in use are never deleted; untick Active to retire one.</source>
        <translation>工时单价（含税，每小时）。已使用的单价不会删除；取消“启用”即可停用。</translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation>添加单价(&amp;A)</translation>
    </message>
    <message>
        <source>Each document number is the prefix, the date and a counter that restarts every day, unique across all stations.</source>
        <translation>单据编号由前缀、日期和每日重新计数的流水号组成，在所有工位之间唯一。</translation>
    </message>
    <message>
        <source>&amp;Work orders:</source>
        <translation>维修工单(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Settlements:</source>
        <translation>结算单(&amp;S):</translation>
    </message>
    <message>
        <source>Appoint&amp;ments:</source>
        <translation>预约单(&amp;M):</translation>
    </message>
    <message>
        <source>Printed on the intake sheet and the work order the customer signs.</source>
        <translation>打印在客户签字的接车单和委托书上。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>Discard your changes here and show what is saved now</source>
        <translation>放弃此处的修改，显示当前已保存的内容</translation>
    </message>
    <message>
        <source>&amp;Lock idle PCs after:</source>
        <translation>空闲自动锁定(&amp;L):</translation>
    </message>
    <message>
        <source>A counter PC nobody touches for this many minutes locks itself (0 = never). Not while a dialog is open.</source>
        <translation>前台电脑无人操作达到该分钟数后自动锁定（0 = 从不）。有对话框打开时不会锁定。</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H):</translation>
    </message>
    <message>
        <source>Choose &amp;image...</source>
        <translation>选择图片(&amp;I)...</translation>
    </message>
    <message>
        <source>Doc&amp;ument numbers</source>
        <translation>单据编号(&amp;U)</translation>
    </message>
    <message>
        <source>Hando&amp;ver terms</source>
        <translation>交车条款(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Greet arrivals within:</source>
        <translation>到店接待时限(&amp;G)：</translation>
    </message>
    <message>
        <source>A vehicle waiting longer than this since its arrival with no advisor is shown in red on the reception board.</source>
        <translation>车辆到店后超过此时间仍无服务顾问接待，将在接待看板上以红色显示。</translation>
    </message>
    <message>
        <source>An add-on finding waiting longer than this for the customer&apos;s decision is highlighted on the approvals screen.</source>
        <translation>等待客户决定超过此时间的增修项目在增修确认页中突出显示。</translation>
    </message>
    <message>
        <source>Approvals &amp;waiting over:</source>
        <translation>增修等待超过(&amp;W)：</translation>
    </message>
    <message>
        <source>Advisor dis&amp;count limit (%):</source>
        <translation>服务顾问折扣上限（%）(&amp;C)：</translation>
    </message>
    <message>
        <source>The discount a service advisor may grant alone, as a share of what the customer pays. Above it a service manager approves at the counter.</source>
        <translation>服务顾问可自行给予的折扣，占客户应付金额的比例。超过时须服务经理在柜台批准。</translation>
    </message>
    <message>
        <source>Cashi&amp;er discount limit (%):</source>
        <translation>结算员折扣上限（%）(&amp;E)：</translation>
    </message>
    <message>
        <source>The discount a cashier may grant alone, as a share of what the customer pays. Above it a service manager approves at the counter.</source>
        <translation>结算员可自行给予的折扣，占客户应付金额的比例。超过时须服务经理在柜台批准。</translation>
    </message>
    <message>
        <source>Service interval by distance (&amp;km):</source>
        <translation>保养间隔里程（公里）(&amp;K)：</translation>
    </message>
    <message>
        <source>The next maintenance printed on the release notice: this distance after the odometer reading at delivery.</source>
        <translation>出厂通知单上打印的下次保养：交车时里程表读数再加上此里程。</translation>
    </message>
    <message>
        <source>Service interval b&amp;y time (months):</source>
        <translation>保养间隔时间（月）(&amp;Y)：</translation>
    </message>
    <message>
        <source>The next maintenance printed on the release notice: this many months after delivery, whichever comes first.</source>
        <translation>出厂通知单上打印的下次保养：交车后这么多个月，以先到者为准。</translation>
    </message>
    <message>
        <source>De&amp;fault labor rate:</source>
        <translation>默认工时费率(&amp;F)：</translation>
    </message>
    <message>
        <source>The labor rate a new estimate line starts with. Lines from the labor catalog keep their operation&apos;s own category.</source>
        <translation>新增估价行默认采用的工时费率。取自工时目录的行仍按其项目自身的工种计价。</translation>
    </message>
    <message>
        <source>W&amp;orkshop hours</source>
        <translation>车间营业时间(&amp;O)</translation>
    </message>
    <message>
        <source>Promises and their suggestions stay inside these hours; work that does not fit goes on to the next workday.</source>
        <translation>承诺交车时间及其建议值都在此营业时间内；当天做不完的工作顺延到下一个工作日。</translation>
    </message>
    <message>
        <source>Ope&amp;ns at:</source>
        <translation>开门时间(&amp;N)：</translation>
    </message>
    <message>
        <source>Closes &amp;at:</source>
        <translation>关门时间(&amp;A)：</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>休息日：</translation>
    </message>
    <message>
        <source>No-&amp;show after:</source>
        <translation>爽约判定(&amp;S)：</translation>
    </message>
    <message>
        <source>A booking whose time has passed is shown late; once this many minutes have passed without the customer, as a no-show to record.</source>
        <translation>预约时间已过即显示为迟到；超过此分钟数客户仍未到店，则显示为待登记的爽约。</translation>
    </message>
    <message>
        <source>Completion &amp;certificates:</source>
        <translation>竣工合格证(&amp;C)：</translation>
    </message>
    <message>
        <source>合格证编号: given when the quality check passes a level-2 maintenance or a major repair</source>
        <translation>合格证编号：二级维护或大修经竣工检验合格时编发</translation>
    </message>
    <message>
        <source>Quality guarantee committed (never below the legal minimum)</source>
        <translation>承诺的质量保证期（不得低于法定最低标准）</translation>
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
        <translation>投诉单(&amp;L):</translation>
    </message>
    <message>
        <source>The number printed on the complaint-handling form (客户投诉处理单)</source>
        <translation>印在客户投诉处理单上的编号</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>The customer&apos;s decision</source>
        <translation>客户决定</translation>
    </message>
    <message>
        <source>&amp;Lines: a decision for each</source>
        <translation>项目(&amp;L)：逐项决定</translation>
    </message>
    <message>
        <source>Appro&amp;ve all</source>
        <translation>全部批准(&amp;V)</translation>
    </message>
    <message>
        <source>Who decided, and how</source>
        <translation>决定人及确认方式</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>决定人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Number used:</source>
        <translation>联系号码(&amp;N)：</translation>
    </message>
    <message>
        <source>Decided &amp;at:</source>
        <translation>决定时间(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Delivery</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Telling the customer</source>
        <translation>通知客户</translation>
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
        <translation>延误：原因及致歉</translation>
    </message>
    <message>
        <source>New &amp;promise:</source>
        <translation>新的承诺时间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Log notification</source>
        <translation>记录通知(&amp;L)</translation>
    </message>
    <message>
        <source>Pickup checklist</source>
        <translation>交车核对</translation>
    </message>
    <message>
        <source>R&amp;emarks:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Deliver the car</source>
        <translation>交车(&amp;D)</translation>
    </message>
    <message>
        <source>Odo&amp;meter out:</source>
        <translation>出厂里程(&amp;M)：</translation>
    </message>
    <message>
        <source>km, if read</source>
        <translation>公里（如已读取）</translation>
    </message>
    <message>
        <source>The odometer as the car leaves; printed on the settlement statement and the completion certificate</source>
        <translation>车辆出厂时的里程表读数；打印在结算清单和竣工出厂合格证上</translation>
    </message>
</context>
<context>
    <name>DispatchBoardPage</name>
    <message>
        <source>&amp;Work in the shop:</source>
        <translation>在修车辆(&amp;W)：</translation>
    </message>
    <message>
        <source>Find on the &amp;board:</source>
        <translation>在看板中查找(&amp;B)：</translation>
    </message>
    <message>
        <source>a plate, a technician, a number…</source>
        <translation>车牌、技师、工单号…</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Add-on finding</source>
        <translation>增修项目</translation>
    </message>
    <message>
        <source>&amp;Found:</source>
        <translation>发现问题(&amp;F)：</translation>
    </message>
    <message>
        <source>e.g. right front shock absorber leaking</source>
        <translation>例如：右前减震器漏油</translation>
    </message>
    <message>
        <source>&amp;Why it is needed:</source>
        <translation>维修原因(&amp;W)：</translation>
    </message>
    <message>
        <source>in words the customer understands</source>
        <translation>用客户能理解的话</translation>
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
        <translation>增加时间(&amp;X)：</translation>
    </message>
    <message>
        <source>why not: what the advisor tells the customer</source>
        <translation>不保修的原因：顾问告诉客户的说法</translation>
    </message>
    <message>
        <source>&amp;Proposed work:</source>
        <translation>建议维修项目(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation>添加项目(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>删除项目(&amp;R)</translation>
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
        <translation>欢迎使用 DealerDesk</translation>
    </message>
    <message>
        <source>Set up DealerDesk</source>
        <translation>设置 DealerDesk</translation>
    </message>
    <message>
        <source>This database is new. Create the administrator account that manages users and settings. DealerDesk has no default password: choose one now and keep it safe.</source>
        <translation>这是一个新数据库。请创建管理用户和设置的管理员账号。DealerDesk 没有默认密码：请现在设置一个并妥善保管。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
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
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R):</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>开始方式</translation>
    </message>
    <message>
        <source>An &amp;empty dealership: enter your own data</source>
        <translation>空白经销店：录入自己的数据(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Dealership name:</source>
        <translation>经销店名称(&amp;D):</translation>
    </message>
    <message>
        <source>printed on every form</source>
        <translation>打印在每张单据上</translation>
    </message>
    <message>
        <source>The de&amp;mo dealership: sample data for trying things out and for training</source>
        <translation>演示经销店：用于试用和培训的示例数据(&amp;M)</translation>
    </message>
    <message>
        <source>Sign-in &amp;name:</source>
        <translation>登录名(&amp;N):</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>not set yet: enter it under Settings &gt; Dealership after signing in</source>
        <translation>尚未设置：登录后在“设置 &gt; 经销商”中填写</translation>
    </message>
    <message>
        <source>The dealership, its staff and its data stay as they are.</source>
        <translation>经销商、员工及其数据保持不变。</translation>
    </message>
</context>
<context>
    <name>FollowUpCallDialog</name>
    <message>
        <source>Follow-up call</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>&amp;Number dialled:</source>
        <translation>拨打号码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Call &amp;back at:</source>
        <translation>回电时间(&amp;B)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>what the customer said</source>
        <translation>客户说了什么</translation>
    </message>
    <message>
        <source>Satisfaction questions: each 1 (poor) to 10 (excellent), — when not answered</source>
        <translation>满意度问题：每项 1（很差）至 10（很好），未回答为 —</translation>
    </message>
    <message>
        <source>Service &amp;initiation (booking, greeting):</source>
        <translation>服务启动（预约、接待）(&amp;I):</translation>
    </message>
    <message>
        <source>Service a&amp;dvisor:</source>
        <translation>服务顾问(&amp;D):</translation>
    </message>
    <message>
        <source>Faci&amp;lity:</source>
        <translation>服务设施(&amp;L):</translation>
    </message>
    <message>
        <source>Vehicle &amp;pick-up:</source>
        <translation>交车(&amp;P):</translation>
    </message>
    <message>
        <source>Service &amp;quality:</source>
        <translation>服务质量(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Would recommend us (0–10):</source>
        <translation>推荐意愿（0–10）(&amp;W):</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>客户评价(&amp;M):</translation>
    </message>
    <message>
        <source>the customer&apos;s own words on the visit</source>
        <translation>客户对本次来店的原话</translation>
    </message>
</context>
<context>
    <name>FollowUpMessageDialog</name>
    <message>
        <source>A message instead of the call</source>
        <translation>以信息代替回访电话</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>方式(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>发送给(&amp;T):</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>内容(&amp;X):</translation>
    </message>
    <message>
        <source>Queued for today&apos;s export to the shop&apos;s SMS platform (dealerdesk messages); a letter is printed and posted. Ctrl+Enter queues it.</source>
        <translation>加入今天导出给本店短信平台的列表（dealerdesk messages）；信函打印后邮寄。按 Ctrl+Enter 加入。</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>&amp;Calls to make:</source>
        <translation>待回访(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Log the call…</source>
        <translation>登记回访(&amp;L)…</translation>
    </message>
    <message>
        <source>The outcome of a call to the selected customer: reached, no answer, busy, wrong number, call back later, refused (Enter)</source>
        <translation>登记对所选客户的一次回访结果：已联系上、无人接听、占线、号码错误、稍后回电、拒绝（Enter）</translation>
    </message>
    <message>
        <source>Call &amp;queue</source>
        <translation>回访队列(&amp;Q)</translation>
    </message>
    <message>
        <source>Re&amp;gister a complaint…</source>
        <translation>登记投诉(&amp;G)…</translation>
    </message>
    <message>
        <source>The customer on the selected call complains: register it with the call attached</source>
        <translation>所选回访的客户有投诉：登记并附上此次回访</translation>
    </message>
    <message>
        <source>Com&amp;plaints</source>
        <translation>投诉(&amp;P)</translation>
    </message>
    <message>
        <source>Send a &amp;message instead…</source>
        <translation>改发信息(&amp;M)…</translation>
    </message>
    <message>
        <source>Not reached after the tries the dealership allows: an SMS, a WeChat message or a letter instead of the call</source>
        <translation>按规定次数仍未联系上：改发短信、微信或信函代替电话</translation>
    </message>
</context>
<context>
    <name>FollowUpRulesDialog</name>
    <message>
        <source>Follow-up and complaint rules</source>
        <translation>回访与投诉规则</translation>
    </message>
    <message>
        <source>When the follow-up calls fall due after a delivery, who calls, when a call turns into a message, the satisfaction survey and the complaint deadlines. Every PC uses these rules from the next delivery, call or complaint.</source>
        <translation>交车后何时回访、由谁回访、何时改发短信、满意度调查以及投诉期限。所有电脑从下一次交车、回访或投诉起使用这些规则。</translation>
    </message>
    <message>
        <source>&amp;Big job from (¥):</source>
        <translation>大额维修起点（¥）(&amp;B):</translation>
    </message>
    <message>
        <source>A visit of this amount or more is called the next day, with a second call a week later (0: by amount never)</source>
        <translation>达到此金额的来店次日回访，一周后再回访一次（0：不按金额）</translation>
    </message>
    <message>
        <source>... or &amp;sold hours from:</source>
        <translation>……或销售工时起点(&amp;S):</translation>
    </message>
    <message>
        <source>Sold labor hours from which a visit is a big job (0: by hours never)</source>
        <translation>达到此销售工时即为大额维修（0：不按工时）</translation>
    </message>
    <message>
        <source>&amp;First call, days after delivery:</source>
        <translation>首次回访，交车后天数(&amp;F):</translation>
    </message>
    <message>
        <source>Other visits: the first call falls this many days after the car left (seed 001: 2 days to a week)</source>
        <translation>其他来店：交车后第几天首次回访（2 天至 1 周）</translation>
    </message>
    <message>
        <source>S&amp;econd call, days after the first:</source>
        <translation>二次回访，首次后天数(&amp;E):</translation>
    </message>
    <message>
        <source>Big and repeat jobs: a second call checks the repair holds</source>
        <translation>大额和返修：二次回访确认维修效果</translation>
    </message>
    <message>
        <source>The advisor who served the customer does not make the &amp;call</source>
        <translation>接待该客户的服务顾问不得亲自回访(&amp;C)</translation>
    </message>
    <message>
        <source>As Chinese 4S practice asks: the follow-up call is made by someone else</source>
        <translation>按 4S 店惯例：回访由他人进行</translation>
    </message>
    <message>
        <source>Message after failed &amp;attempts:</source>
        <translation>拨打失败几次后改发信息(&amp;A):</translation>
    </message>
    <message>
        <source>Not reached this many times: an SMS, WeChat message or letter instead</source>
        <translation>未联系上达到此次数：改发短信、微信或信函</translation>
    </message>
    <message>
        <source>... or after &amp;days not reached:</source>
        <translation>……或未联系上几天后(&amp;D):</translation>
    </message>
    <message>
        <source>Days after the call fell due without reaching the customer</source>
        <translation>回访到期后仍未联系上客户的天数</translation>
    </message>
    <message>
        <source>Survey &amp;gap (days):</source>
        <translation>调查间隔（天）(&amp;G):</translation>
    </message>
    <message>
        <source>No customer is asked the satisfaction questions twice within this</source>
        <translation>同一客户在此期间内不重复做满意度调查</translation>
    </message>
    <message>
        <source>&amp;Low score, opens a complaint:</source>
        <translation>低分线，开立投诉(&amp;L):</translation>
    </message>
    <message>
        <source>A factor or the recommend question at or below this opens a complaint for the service manager</source>
        <translation>任一项或推荐意愿不高于此分数，即为服务经理开立投诉</translation>
    </message>
    <message>
        <source>General complaint: first &amp;reply within (h):</source>
        <translation>一般投诉：首次答复时限（小时）(&amp;R):</translation>
    </message>
    <message>
        <source>Seed 002: inquiries answered within 24 hours</source>
        <translation>咨询在 24 小时内答复</translation>
    </message>
    <message>
        <source>General complaint: res&amp;olved within (h):</source>
        <translation>一般投诉：处理完成时限（小时）(&amp;O):</translation>
    </message>
    <message>
        <source>Seed 002: complaints handled within 48 hours</source>
        <translation>投诉在 48 小时内处理完毕</translation>
    </message>
    <message>
        <source>&amp;Major complaint: first reply within (h):</source>
        <translation>重大投诉：首次答复时限（小时）(&amp;M):</translation>
    </message>
    <message>
        <source>Compensation, or beyond the clerk: the service manager&apos;s</source>
        <translation>涉及赔偿或客服专员无法解决：由服务经理处理</translation>
    </message>
    <message>
        <source>Ma&amp;jor complaint: resolved within (h):</source>
        <translation>重大投诉：处理完成时限（小时）(&amp;J):</translation>
    </message>
    <message>
        <source>Message &amp;text instead of a call:</source>
        <translation>代替电话的信息内容(&amp;T):</translation>
    </message>
    <message>
        <source>Fields: {name}, {plate}, {date}, {amount}, {shop}, {phone}. Empty: the default text</source>
        <translation>可用字段：{name}、{plate}、{date}、{amount}、{shop}、{phone}。留空：使用默认内容</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Set-up checklist</source>
        <translation>设置检查清单</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>用户(&amp;U)...</translation>
    </message>
    <message>
        <source>&amp;Back up now...</source>
        <translation>立即备份(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Dealership settings...</source>
        <translation>经销店设置(&amp;D)...</translation>
    </message>
</context>
<context>
    <name>InspectionFindingsDialog</name>
    <message>
        <source>Findings of the inspection</source>
        <translation>环车检查发现的问题</translation>
    </message>
    <message>
        <source>Yellow and red quick checks of the walk-around. Put each into this visit&apos;s estimate (priced at half an hour to start with; adjust the line), recommend it for later (it comes back at the next visit), or leave it.</source>
        <translation>环车检查中黄色和红色的快速检查项。逐项选择：加入本次估价（先按半小时工时计价，请调整该项目）、建议以后维修（下次到店时会再次提示），或不处理。</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>&amp;Vehicles in the shop:</source>
        <translation>在厂车辆(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Key cabinet…</source>
        <translation>钥匙柜(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;1 Body damage</source>
        <translation>&amp;1 车身损伤</translation>
    </message>
    <message>
        <source>Click the car to mark damage. Drag a new mark to move it; Delete removes it; Page Down steps through the marks.</source>
        <translation>点击车身标记损伤。拖动新标记可移动；Delete 删除；Page Down 逐个选择标记。</translation>
    </message>
    <message>
        <source>&amp;Add mark…</source>
        <translation>添加标记(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open mark…</source>
        <translation>打开标记(&amp;O)…</translation>
    </message>
    <message>
        <source>Still &amp;present</source>
        <translation>仍存在(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repaired</source>
        <translation>已修复(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;move mark</source>
        <translation>删除标记(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;2 Readings and checks</source>
        <translation>&amp;2 读数与检查</translation>
    </message>
    <message>
        <source>&amp;Odometer (km):</source>
        <translation>里程表(公里)(&amp;O)：</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>尚未读取</translation>
    </message>
    <message>
        <source>&amp;Why lower:</source>
        <translation>偏低原因(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. instrument cluster replaced on 2026-03-02</source>
        <translation>例如：2026-03-02 更换仪表总成</translation>
    </message>
    <message>
        <source>Fuel &amp;level:</source>
        <translation>燃油量(&amp;L)：</translation>
    </message>
    <message>
        <source>Warning lamps on</source>
        <translation>亮起的故障灯</translation>
    </message>
    <message>
        <source>Quick checks</source>
        <translation>快速检查</translation>
    </message>
    <message>
        <source>&amp;3 Handover and key</source>
        <translation>&amp;3 交接与钥匙</translation>
    </message>
    <message>
        <source>Belongings in the car</source>
        <translation>随车物品</translation>
    </message>
    <message>
        <source>&amp;Other belongings:</source>
        <translation>其他物品(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. child seat, umbrella</source>
        <translation>例如：儿童座椅、雨伞</translation>
    </message>
    <message>
        <source>Valuables:</source>
        <translation>贵重物品：</translation>
    </message>
    <message>
        <source>Customer &amp;reminded to take valuables</source>
        <translation>已提醒客户带走贵重物品(&amp;R)</translation>
    </message>
    <message>
        <source>Old parts:</source>
        <translation>旧件：</translation>
    </message>
    <message>
        <source>Customer &amp;takes them</source>
        <translation>客户带走(&amp;T)</translation>
    </message>
    <message>
        <source>Shop &amp;disposes of them</source>
        <translation>由店方处理(&amp;D)</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>&amp;Protective covers fitted</source>
        <translation>已铺三件套(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Wash wanted</source>
        <translation>需要洗车(&amp;W)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Leaves the c&amp;ar</source>
        <translation>留车离店(&amp;A)</translation>
    </message>
    <message>
        <source>Waits in the &amp;lounge</source>
        <translation>在休息区等候(&amp;L)</translation>
    </message>
    <message>
        <source>Key ta&amp;g:</source>
        <translation>钥匙牌号(&amp;G)：</translation>
    </message>
    <message>
        <source>e.g. A07</source>
        <translation>例如：A07</translation>
    </message>
    <message>
        <source>Pro&amp;mised ready by:</source>
        <translation>承诺交车时间(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;no time promised yet</source>
        <translation>尚未承诺时间(&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Complete inspection</source>
        <translation>完成检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>撤销更改(&amp;U)</translation>
    </message>
    <message>
        <source>Print &amp;intake sheet…</source>
        <translation>打印接车单(&amp;I)…</translation>
    </message>
    <message>
        <source>S&amp;tate of charge (%):</source>
        <translation>电量（%）(&amp;T)：</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <source>Displa&amp;yed range (km):</source>
        <translation>显示续航（公里）(&amp;Y)：</translation>
    </message>
    <message>
        <source>Refresh list</source>
        <translation>刷新列表</translation>
    </message>
    <message>
        <source>Read the list of vehicles again (F5)</source>
        <translation>重新读取车辆列表（F5）</translation>
    </message>
    <message>
        <source>On to the &amp;estimate</source>
        <translation>转到估价(&amp;E)</translation>
    </message>
    <message>
        <source>The work order of this car: its lines, prices and the promised time (Ctrl+E)</source>
        <translation>这辆车的工单：维修项目、价格和承诺交车时间（Ctrl+E）</translation>
    </message>
</context>
<context>
    <name>KeyCabinetDialog</name>
    <message>
        <source>Key cabinet</source>
        <translation>钥匙柜</translation>
    </message>
    <message>
        <source>&amp;Find tag or plate:</source>
        <translation>查找牌号或车牌(&amp;F)：</translation>
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
        <translation>工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock this PC&apos;s DealerDesk until a password is entered</source>
        <translation>锁定本机的 DealerDesk，直到输入密码</translation>
    </message>
    <message>
        <source>S&amp;witch user...</source>
        <translation>切换用户(&amp;W)...</translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation>修改我的密码(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Back up database...</source>
        <translation>备份数据库(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Dealership settings...</source>
        <translation>经销店设置(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Users...</source>
        <translation>用户(&amp;U)...</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About DealerDesk</source>
        <translation>关于 DealerDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Data&amp;base connection...</source>
        <translation>数据库连接(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Catalogs...</source>
        <translation>价目表(&amp;C)...</translation>
    </message>
    <message>
        <source>Labor operations, the parts price list and canned jobs, with CSV import</source>
        <translation>工时项目、配件价格表和维修套餐，可导入 CSV</translation>
    </message>
    <message>
        <source>&amp;Technicians...</source>
        <translation>技师(&amp;T)...</translation>
    </message>
    <message>
        <source>The workshop&apos;s technicians, their teams and grades, for the labor lines</source>
        <translation>车间技师及其班组和等级，供工时项目派工</translation>
    </message>
    <message>
        <source>&amp;Follow-up and complaint rules...</source>
        <translation>回访与投诉规则(&amp;F)...</translation>
    </message>
    <message>
        <source>When the follow-up calls fall due, who calls, retries, the survey and the complaint deadlines</source>
        <translation>何时回访、由谁回访、重拨、满意度调查和投诉期限</translation>
    </message>
</context>
<context>
    <name>ManagerApprovalDialog</name>
    <message>
        <source>Service manager&apos;s approval</source>
        <translation>服务经理批准</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>经理(&amp;M)：</translation>
    </message>
    <message>
        <source>sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
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
        <translation>设置密码</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N):</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R):</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U):</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <source>Whole &amp;page</source>
        <translation>整页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>份数(&amp;C)：</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Printing &amp;history:</source>
        <translation>打印记录(&amp;H)：</translation>
    </message>
    <message>
        <source>Reprin&amp;t selected…</source>
        <translation>补打所选(&amp;T)…</translation>
    </message>
    <message>
        <source>Customer &amp;signs on screen…</source>
        <translation>客户屏幕签名(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>PrintTemplate</name>
    <message>
        <source>Work order</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>进厂时间</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺交车</translation>
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
        <translation>车牌</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>里程表</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃油</translation>
    </message>
    <message>
        <source>Key tag</source>
        <translation>钥匙牌号</translation>
    </message>
    <message>
        <source>Exterior</source>
        <translation>外观检查</translation>
    </message>
    <message>
        <source>Solid red: new this visit. Blue ring: recorded at an earlier visit. Grey dashed: found repaired.</source>
        <translation>红色实心：本次新发现；蓝色圆圈：以往记录；灰色虚线：已修复。</translation>
    </message>
    <message>
        <source>Belongings in the vehicle</source>
        <translation>随车物品</translation>
    </message>
    <message>
        <source>Dashboard warning lamps</source>
        <translation>仪表故障灯</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接事项</translation>
    </message>
    <message>
        <source>Quick checks</source>
        <translation>快速检查</translation>
    </message>
    <message>
        <source>Customer&apos;s concerns, in their own words</source>
        <translation>客户描述（客户原话）</translation>
    </message>
    <message>
        <source>Planned items and estimate</source>
        <translation>预计维修项目及估价</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>接车须知</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约单号</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Expected duration</source>
        <translation>预计时长</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>客户描述</translation>
    </message>
    <message>
        <source>Parts deposit</source>
        <translation>配件订金</translation>
    </message>
    <message>
        <source>Please bring</source>
        <translation>请携带</translation>
    </message>
    <message>
        <source>Old parts</source>
        <translation>旧件</translation>
    </message>
    <message>
        <source>Quality guarantee</source>
        <translation>质量保证</translation>
    </message>
    <message>
        <source>Repair category</source>
        <translation>维修类别</translation>
    </message>
    <message>
        <source>Repair type</source>
        <translation>维修类型</translation>
    </message>
    <message>
        <source>Work and estimate</source>
        <translation>维修项目及估价</translation>
    </message>
    <message>
        <source>I authorize the work above at the prices shown. Further work is done only with my prior consent.</source>
        <translation>本人委托贵店按上述价格进行维修。新增项目须事先征得本人同意。</translation>
    </message>
    <message>
        <source>The reason, the price and the extra time of the work above were explained to me. I decide as marked; work I have not approved is not done.</source>
        <translation>上述项目的原因、价格和增加的时间已向本人说明。本人按勾选决定；未经本人同意的项目不予施工。</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签字时间</translation>
    </message>
    <message>
        <source>Completed and checked</source>
        <translation>竣工检验时间</translation>
    </message>
    <message>
        <source>Quality inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>维修项目</translation>
    </message>
    <message>
        <source>Company seal</source>
        <translation>企业盖章</translation>
    </message>
    <message>
        <source>This vehicle was repaired and passed the quality inspection at completion. Keep this certificate: it is your proof of the quality guarantee.</source>
        <translation>本车已完成维修并经竣工质量检验合格。请妥善保管本合格证，作为质量保证的凭证。</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>结算员</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关账</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客户自付</translation>
    </message>
    <message>
        <source>Date in</source>
        <translation>进厂日期</translation>
    </message>
    <message>
        <source>Date out</source>
        <translation>出厂日期</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>门卫</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>New receivables</source>
        <translation>新增应收</translation>
    </message>
    <message>
        <source>Next maintenance due</source>
        <translation>下次保养</translation>
    </message>
    <message>
        <source>Odometer out</source>
        <translation>出厂里程</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Per cashier and payment method</source>
        <translation>按结算员和收款方式</translation>
    </message>
    <message>
        <source>Per payment method</source>
        <translation>按收款方式</translation>
    </message>
    <message>
        <source>Quality guarantee until</source>
        <translation>质量保证期至</translation>
    </message>
    <message>
        <source>Returned to the customer</source>
        <translation>交还客户</translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation>冲红</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>结算时间</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>结算笔数</translation>
    </message>
    <message>
        <source>Statement no.</source>
        <translation>结算单号</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>The customer has checked the vehicle, its belongings and keys, and takes it back. The gate lets the vehicle out on this notice.</source>
        <translation>客户已核对车辆、随车物品和钥匙并提车。门卫凭本通知单放行。</translation>
    </message>
    <message>
        <source>Total (tax included)</source>
        <translation>合计（含税）</translation>
    </message>
    <message>
        <source>Total in words</source>
        <translation>合计大写</translation>
    </message>
    <message>
        <source>VAT included</source>
        <translation>其中增值税</translation>
    </message>
    <message>
        <source>Work completed</source>
        <translation>已完成项目</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>现金盘点</translation>
    </message>
    <message>
        <source>Discounts given, and who approved them</source>
        <translation>当日折扣及批准人</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>合格证编号</translation>
    </message>
    <message>
        <source>Repair contract no.</source>
        <translation>维修合同编号</translation>
    </message>
    <message>
        <source>Plate (colour)</source>
        <translation>车牌号码（颜色）</translation>
    </message>
    <message>
        <source>Vehicle type</source>
        <translation>车辆类型</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>厂牌型号</translation>
    </message>
    <message>
        <source>Engine no.</source>
        <translation>发动机号</translation>
    </message>
    <message>
        <source>Odometer at release</source>
        <translation>出厂里程</translation>
    </message>
    <message>
        <source>Date of release</source>
        <translation>出厂日期</translation>
    </message>
    <message>
        <source>This vehicle was repaired under the repair contract, passed the inspection and may leave the shop.</source>
        <translation>该车按维修合同维修，经检验合格，准予出厂。</translation>
    </message>
    <message>
        <source>Shop&apos;s seal</source>
        <translation>承修方（盖章）</translation>
    </message>
    <message>
        <source>Received by the customer</source>
        <translation>托修方接车人</translation>
    </message>
    <message>
        <source>Guarantee committed</source>
        <translation>承诺质量保证期</translation>
    </message>
    <message>
        <source>Guaranteed until</source>
        <translation>保证期至</translation>
    </message>
    <message>
        <source>Terms of the guarantee</source>
        <translation>质量保证说明</translation>
    </message>
    <message>
        <source>Mileage in</source>
        <translation>进厂里程</translation>
    </message>
    <message>
        <source>Mileage out</source>
        <translation>出厂里程</translation>
    </message>
    <message>
        <source>Fault description</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Complaint no.</source>
        <translation>投诉单号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Received through</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>First reply due</source>
        <translation>首次答复期限</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>处理完成期限</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户陈述</translation>
    </message>
    <message>
        <source>Handling: every step taken</source>
        <translation>处理过程</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer satisfied</source>
        <translation>客户是否满意</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation>服务经理</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案时间</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print To File ...</source>
        <translation>打印到文件 ...</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>Plate, end of VIN or phone, name or pinyin (zs), work order</source>
        <translation>车牌、VIN 或电话尾号、姓名或拼音(zs)、工单号</translation>
    </message>
    <message>
        <source>&amp;New customer and vehicle…</source>
        <translation>新建客户和车辆(&amp;N)…</translation>
    </message>
    <message>
        <source>Vehicle &amp;arrived (F2)</source>
        <translation>车辆到店(&amp;A) (F2)</translation>
    </message>
    <message>
        <source>Type to search; arrows and Enter open a result.</source>
        <translation>输入即搜索；用方向键和回车打开结果。</translation>
    </message>
    <message>
        <source>No vehicle open</source>
        <translation>未打开车辆</translation>
    </message>
    <message>
        <source>Needs attention at this visit</source>
        <translation>本次到店需关注</translation>
    </message>
    <message>
        <source>Past visits</source>
        <translation>历史来店</translation>
    </message>
    <message>
        <source>&amp;Edit customer and vehicle…</source>
        <translation>编辑客户和车辆(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <translation>预约(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Check in… (F4)</source>
        <translation>接待登记(&amp;C)… (F4)</translation>
    </message>
    <message>
        <source>Arrivals today</source>
        <translation>今日到店</translation>
    </message>
    <message>
        <source>Start &amp;reception (F3)</source>
        <translation>开始接待(&amp;R) (F3)</translation>
    </message>
    <message>
        <source>Check in &amp;this arrival…</source>
        <translation>登记此到店车辆(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Left without check-in</source>
        <translation>未登记离店(&amp;L)</translation>
    </message>
    <message>
        <source>Search (Ctrl+F):</source>
        <translation>搜索 (Ctrl+F)：</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>DealerDesk works without a mouse. The keys of the main window, then those of each page you may open (the page on screen first):</source>
        <translation>DealerDesk 无需鼠标即可操作。先列出主窗口的按键，再列出您可打开的各页面的按键（当前页面在前）：</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in - DealerDesk</source>
        <translation>登录 - DealerDesk</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <source>Sign-in &amp;name:</source>
        <translation>登录名(&amp;N):</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>The customer signs on screen</source>
        <translation>客户屏幕签名</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>签名人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Signature (the pad&apos;s pen, a finger or the mouse; Delete clears):</source>
        <translation>签名(&amp;S)（用签名板的笔、手指或鼠标；按 Delete 清除）：</translation>
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
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>Show the saved version; the changes made here are dropped</source>
        <translation>显示已保存的版本；在此所做的修改将被放弃</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>保留我的修改(&amp;K)</translation>
    </message>
    <message>
        <source>Go on with the changes made here; saving them is refused until they are made on the saved version</source>
        <translation>继续编辑在此所做的修改；在基于已保存版本重新修改之前，保存将被拒绝</translation>
    </message>
</context>
<context>
    <name>TechniciansDialog</name>
    <message>
        <source>Technicians</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>The workshop&apos;s technicians, by team. Labor lines choose from this list; a technician who leaves stays on the lines they worked on: untick Active instead of removing them.</source>
        <translation>车间技师，按班组排列。工时项目从此名单中选择派工；离职技师仍保留在其做过的项目上：取消“在职”即可，不要删除。</translation>
    </message>
    <message>
        <source>&amp;Add technician</source>
        <translation>添加技师(&amp;A)</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
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
        <translation>打印在单据上</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R):</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Service ad&amp;visor: appointments, reception, work orders, delivery</source>
        <translation>服务顾问：预约、接待、工单、交车(&amp;V)</translation>
    </message>
    <message>
        <source>Cas&amp;hier: settlement and payments</source>
        <translation>结算员：结算与收款(&amp;H)</translation>
    </message>
    <message>
        <source>Service &amp;manager: discounts, reversals, reports, audit trail</source>
        <translation>服务经理：折扣、冲红、报表、审计日志(&amp;M)</translation>
    </message>
    <message>
        <source>Adminis&amp;trator: users, settings, backups</source>
        <translation>管理员：用户、设置、备份(&amp;T)</translation>
    </message>
    <message>
        <source>Sign-in &amp;name:</source>
        <translation>登录名(&amp;N):</translation>
    </message>
    <message>
        <source>Workshop c&amp;ontroller: dispatch, findings, quality check</source>
        <translation>车间调度：派工、故障发现、质检(&amp;O)</translation>
    </message>
    <message>
        <source>Customer-service c&amp;lerk: follow-up calls, satisfaction, complaints</source>
        <translation>客服专员(&amp;L)：回访、满意度、投诉</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Staff who sign in to DealerDesk. Users are never deleted: deactivate someone who leaves, and their name stays on the records they made.</source>
        <translation>登录 DealerDesk 的员工。用户不会被删除：员工离职时请停用，其姓名仍保留在其经手的记录上。</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>添加(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)...</translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation>设置密码(&amp;P)...</translation>
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
        <translation>客户和车辆</translation>
    </message>
    <message>
        <source>Customer (owner)</source>
        <translation>客户（车主）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>Other p&amp;hone:</source>
        <translation>其他电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>Only when needed</source>
        <translation>仅在需要时填写</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Contact &amp;by:</source>
        <translation>联系方式(&amp;B)：</translation>
    </message>
    <message>
        <source>Best &amp;time:</source>
        <translation>方便时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Agrees to &amp;follow-up calls</source>
        <translation>同意回访(&amp;F)</translation>
    </message>
    <message>
        <source>Agrees to ma&amp;rketing</source>
        <translation>同意营销联系(&amp;R)</translation>
    </message>
    <message>
        <source>Ta&amp;x number:</source>
        <translation>税号(&amp;X)：</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <source>Name, phone, title</source>
        <translation>姓名, 电话, 职务</translation>
    </message>
    <message>
        <source>Settles on acco&amp;unt</source>
        <translation>挂账结算(&amp;U)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
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
        <translation>车牌(&amp;L)：</translation>
    </message>
    <message>
        <source>Br&amp;and:</source>
        <translation>品牌(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;eries:</source>
        <translation>车系(&amp;E)：</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>车型(&amp;D)：</translation>
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
        <translation>颜色：</translation>
    </message>
    <message>
        <source>En&amp;gine number:</source>
        <translation>发动机号(&amp;G)：</translation>
    </message>
    <message>
        <source>First registration:</source>
        <translation>初次登记日期：</translation>
    </message>
    <message>
        <source>&amp;Odometer (km):</source>
        <translation>里程表(公里)(&amp;O)：</translation>
    </message>
    <message>
        <source>Credit limit (¥):</source>
        <translation>挂账额度（¥）：</translation>
    </message>
    <message>
        <source>What may stand open on the company&apos;s account (挂账额度). The cashier cannot put more on account.</source>
        <translation>单位挂账可挂的最高金额（挂账额度）。结算员不能挂账超过此额度。</translation>
    </message>
    <message>
        <source>Po&amp;wertrain:</source>
        <translation>动力类型(&amp;W)：</translation>
    </message>
    <message>
        <source>Petrol, diesel, hybrid, plug-in hybrid, battery electric or fuel cell: the intake records fuel, charge or both, and the quick check adds the high-voltage items</source>
        <translation>汽油、柴油、混合动力、插电式混合动力、纯电动或燃料电池：接车单据此记录油量、电量或两者，快速检查增加高压系统项目</translation>
    </message>
    <message>
        <source>Vehi&amp;cle type:</source>
        <translation>车辆类型(&amp;C)：</translation>
    </message>
    <message>
        <source>As on the vehicle licence (行驶证); printed on the settlement statement and the completion certificate</source>
        <translation>按行驶证填写；打印在结算清单和竣工出厂合格证上</translation>
    </message>
    <message>
        <source>Plate colour:</source>
        <translation>号牌颜色：</translation>
    </message>
    <message>
        <source>Read from the plate unless chosen: green for new-energy plates, blue for the others</source>
        <translation>未选择时按车牌判断：新能源号牌为绿色，其他为蓝色</translation>
    </message>
</context>
<context>
    <name>WorkOrderLineDialog</name>
    <message>
        <source>Work-order line</source>
        <translation>工单项目</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>代码(&amp;O)：</translation>
    </message>
    <message>
        <source>operation code or part number</source>
        <translation>工时代码或配件编号</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Sold &amp;hours:</source>
        <translation>工时(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit &amp;price (¥, incl. VAT):</source>
        <translation>单价(&amp;P)（元，含税）：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Customer&apos;s written &amp;consent</source>
        <translation>客户书面同意(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Who pays:</source>
        <translation>付费方(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>维修技师(&amp;T)：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Chosen from the workshop&apos;s list of technicians (Settings, Technicians…); a whole team may take the line.</source>
        <translation>从车间技师名单中选择（设置 &gt; 技师…）；也可派给整个班组。</translation>
    </message>
</context>
<context>
    <name>WorkOrdersPage</name>
    <message>
        <source>&amp;Work orders in the shop:</source>
        <translation>在厂工单(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;1 Work and estimate</source>
        <translation>&amp;1 维修项目与估价</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Repair cate&amp;gory:</source>
        <translation>维修类别(&amp;G)：</translation>
    </message>
    <message>
        <source>Pro&amp;mised:</source>
        <translation>承诺交车(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;oncerns: the customer&apos;s words, cause, correction</source>
        <translation>客户描述(&amp;O)：客户原话、原因、处理措施</translation>
    </message>
    <message>
        <source>Add co&amp;ncern</source>
        <translation>添加描述(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Lines:</source>
        <translation>项目(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Add line…</source>
        <translation>添加项目(&amp;A)…</translation>
    </message>
    <message>
        <source>Op&amp;en line…</source>
        <translation>打开项目(&amp;E)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve line</source>
        <translation>删除项目(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;2 Steps taken</source>
        <translation>&amp;2 进度记录</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add-on fin&amp;ding…</source>
        <translation>增修项目(&amp;D)…</translation>
    </message>
    <message>
        <source>More work found: propose it with prices for the customer&apos;s decision</source>
        <translation>发现新的维修需求：附价格提交客户决定</translation>
    </message>
    <message>
        <source>&amp;Print work order…</source>
        <translation>打印委托书(&amp;P)…</translation>
    </message>
    <message>
        <source>The repair authorization for the customer&apos;s signature (Ctrl+P)</source>
        <translation>给客户签字的维修委托书（Ctrl+P）</translation>
    </message>
    <message>
        <source>Completion cer&amp;tificate…</source>
        <translation>竣工合格证(&amp;T)…</translation>
    </message>
    <message>
        <source>From the &amp;inspection…</source>
        <translation>来自环车检查(&amp;I)…</translation>
    </message>
    <message>
        <source>The walk-around&apos;s yellow and red findings into the estimate or as recommendations, in one step</source>
        <translation>一步将环车检查的黄色、红色问题加入估价或作为建议</translation>
    </message>
    <message>
        <source>S&amp;uggest</source>
        <translation>建议(&amp;U)</translation>
    </message>
    <message>
        <source>From the sold hours, the work already queued in the workshop and a margin, within workshop hours</source>
        <translation>根据工时、车间已排队的工作和预留时间，在车间工作时间内计算</translation>
    </message>
    <message>
        <source>Add &amp;job…</source>
        <translation>添加套餐(&amp;J)…</translation>
    </message>
    <message>
        <source>A canned job from the catalog, such as a maintenance package, with its operations and parts in one step</source>
        <translation>一步添加价目表中的维修套餐（如保养套餐）及其工时和配件</translation>
    </message>
    <message>
        <source>The customer is told the car is ready 1 hour before the promised time (4 hours for jobs longer than two days), or told of a delay as soon as the promise cannot hold.</source>
        <translation>在承诺时间前 1 小时（超过两天的作业提前 4 小时）通知客户车辆已好；如不能按时完成，应立即告知客户延误。</translation>
    </message>
    <message>
        <source>Customer told… (Ctrl+T)</source>
        <translation>通知客户…（Ctrl+T）</translation>
    </message>
    <message>
        <source>Log that the customer was told the car is ready or will be late (who, when, how and why), and hand the car over after settlement.</source>
        <translation>记录已通知客户车辆完工或延误（谁、何时、方式、原因），结算后交车。</translation>
    </message>
    <message>
        <source>Assign te&amp;chnician…</source>
        <translation>派工(&amp;C)…</translation>
    </message>
    <message>
        <source>One technician or a whole team for the selected labor lines, or for all of them (Shift or Ctrl selects several)</source>
        <translation>把选中的工时项目（或全部工时项目）派给一位技师或一个班组（按住 Shift 或 Ctrl 可多选）</translation>
    </message>
</context>
<context>
    <name>dd::AddOnRules</name>
    <message>
        <source>In person, signed</source>
        <translation>当面签字</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话确认</translation>
    </message>
    <message>
        <source>By message</source>
        <translation>短信/消息确认</translation>
    </message>
    <message>
        <source>Describe what was found.</source>
        <translation>请描述发现的问题。</translation>
    </message>
    <message>
        <source>Note why the work is needed, in words the customer understands.</source>
        <translation>请用客户能理解的话说明为什么需要维修。</translation>
    </message>
    <message>
        <source>Propose at least one line with its price.</source>
        <translation>请至少提出一个带价格的项目。</translation>
    </message>
    <message>
        <source>The extra time must be between 0 and 60 days.</source>
        <translation>增加的时间必须在 0 到 60 天之间。</translation>
    </message>
    <message>
        <source>Not covered by warranty: note the reason the advisor can tell the customer.</source>
        <translation>不在保修范围内：请记录可以告诉客户的原因。</translation>
    </message>
    <message>
        <source>Unknown warranty decision &quot;%1&quot;.</source>
        <translation>无效的保修判定“%1”。</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;.</source>
        <translation>无效的来源“%1”。</translation>
    </message>
    <message>
        <source>Note who decided, by name.</source>
        <translation>请记录做出决定的人的姓名。</translation>
    </message>
    <message>
        <source>Note how the customer decided: in person with signature, by phone or by message.</source>
        <translation>请记录客户的确认方式：当面签字、电话或短信/消息。</translation>
    </message>
    <message>
        <source>Note the number the customer was reached on.</source>
        <translation>请记录联系客户所用的号码。</translation>
    </message>
    <message>
        <source>Note when the customer decided.</source>
        <translation>请记录客户做出决定的时间。</translation>
    </message>
    <message>
        <source>The time of the decision lies in the future.</source>
        <translation>决定时间晚于当前时间。</translation>
    </message>
    <message>
        <source>The time of the decision lies before the finding was recorded.</source>
        <translation>决定时间早于增修项目的登记时间。</translation>
    </message>
    <message>
        <source>A decision refers to a line that is not part of this finding.</source>
        <translation>有一个决定对应的项目不属于本次增修。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is decided twice.</source>
        <translation>“%1”被决定了两次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now costs ¥%2, not the ¥%3 the customer approved: tell the customer the new price.</source>
        <translation>“%1”现价为 ¥%2，而不是客户批准的 ¥%3：请告知客户新价格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: note the customer&apos;s reason.</source>
        <translation>“%1”：请记录客户的理由。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deferred: note when to bring it up again.</source>
        <translation>“%1”已暂缓：请记录下次提醒的日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a decision: approved, declined or deferred.</source>
        <translation>“%1”需要一个决定：批准、拒绝或暂缓。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no decision yet.</source>
        <translation>“%1”尚未决定。</translation>
    </message>
    <message>
        <source>covered by warranty</source>
        <translation>在保修范围内</translation>
    </message>
    <message>
        <source>not covered by warranty</source>
        <translation>不在保修范围内</translation>
    </message>
    <message>
        <source>Found in the workshop</source>
        <translation>车间发现</translation>
    </message>
    <message>
        <source>Found at the reception inspection</source>
        <translation>接车检查发现</translation>
    </message>
</context>
<context>
    <name>dd::AddOnStore</name>
    <message>
        <source>Work order %1 is %2: add-on work is proposed while the car is being worked on.</source>
        <translation>工单 %1 %2：增修项目只能在车辆维修期间提出。</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>The add-on finding is no longer on record.</source>
        <translation>该增修项目已不在记录中。</translation>
    </message>
    <message>
        <source>Add-on finding &quot;%1&quot; on %2</source>
        <translation>%2 的增修项目“%1”</translation>
    </message>
    <message>
        <source>%1 is already decided.</source>
        <translation>%1 已有决定。</translation>
    </message>
    <message>
        <source>The customer has not decided on &quot;%1&quot; yet; the workshop is told once they have.</source>
        <translation>客户尚未对“%1”做出决定；决定后再通知车间。</translation>
    </message>
    <message>
        <source>Note who in the workshop received the decision.</source>
        <translation>请记录车间接收通知的人。</translation>
    </message>
    <message>
        <source>That line is no longer on the work order.</source>
        <translation>该项目已不在工单中。</translation>
    </message>
    <message>
        <source>Work order %1 is %2: its prices are final.</source>
        <translation>工单 %1 %2：价格已不能修改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was %2; it has no price to change.</source>
        <translation>“%1”%2，没有可修改的价格。</translation>
    </message>
    <message>
        <source>New price for &quot;%1&quot;</source>
        <translation>“%1”的新价格</translation>
    </message>
    <message>
        <source>The price changed after the customer approved it.</source>
        <translation>客户批准后价格发生了变化。</translation>
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
        <translation>数据库已升级到结构版本 %1。升级前的副本保存在 %2。</translation>
    </message>
    <message>
        <source>DealerDesk cannot open its database</source>
        <translation>DealerDesk 无法打开数据库</translation>
    </message>
    <message>
        <source>Database: %1 (%2)</source>
        <translation>数据库：%1（%2）</translation>
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
        <translation>预约 %1</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <source>(any advisor)</source>
        <translation>（不指定顾问）</translation>
    </message>
    <message>
        <source>(no bay yet)</source>
        <translation>（暂不指定工位）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan, e.g. 1200.00.</source>
        <translation>“%1”不是以元为单位的金额，例如 1200.00。</translation>
    </message>
    <message numerus="yes">
        <source>That day: %n appointment(s) in all</source>
        <translation>
            <numerusform>当天共 %n 个预约</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n other appointment(s)</source>
        <translation>
            <numerusform>%1 另有 %n 个预约</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n other booking(s)</source>
        <translation>
            <numerusform>%1 另有 %n 个预订</numerusform>
        </translation>
    </message>
    <message>
        <source>Overbooked</source>
        <translation>预约已满</translation>
    </message>
    <message>
        <source>Book anyway?</source>
        <translation>仍然预约吗？</translation>
    </message>
</context>
<context>
    <name>dd::AppointmentRules</name>
    <message>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Body and paint</source>
        <translation>钣喷</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
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
        <translation>确认预约</translation>
    </message>
    <message>
        <source>Asked to reschedule</source>
        <translation>要求改期</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>已留言</translation>
    </message>
    <message>
        <source>Cancelled by the customer</source>
        <translation>客户取消</translation>
    </message>
    <message>
        <source>Choose the customer and the vehicle for the appointment.</source>
        <translation>请选择预约的客户和车辆。</translation>
    </message>
    <message>
        <source>Choose the date and time of the appointment.</source>
        <translation>请选择预约日期和时间。</translation>
    </message>
    <message>
        <source>The appointment time has already passed; choose a later time.</source>
        <translation>预约时间已过，请选择更晚的时间。</translation>
    </message>
    <message>
        <source>The expected duration must be between 10 minutes and 24 hours.</source>
        <translation>预计时长须在 10 分钟到 24 小时之间。</translation>
    </message>
    <message>
        <source>Choose the type of service.</source>
        <translation>请选择服务类型。</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Parts worth %1 must be ordered: ask a deposit of at least %2 (half the parts price).</source>
        <translation>需订购 %1 的配件：请收取至少 %2 的订金（配件价格的一半）。</translation>
    </message>
    <message>
        <source>The deposit is marked as paid but its amount is zero.</source>
        <translation>订金标记为已付，但金额为零。</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 early</source>
        <translation>提前 %1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>迟到 %1</translation>
    </message>
    <message>
        <source>fully booked</source>
        <translation>已约满</translation>
    </message>
</context>
<context>
    <name>dd::AppointmentStore</name>
    <message>
        <source>Bay %1 is already booked %2 for %3.</source>
        <translation>工位 %1 在 %2 已预约给 %3。</translation>
    </message>
    <message>
        <source>%1 already has an appointment %2 (%3).</source>
        <translation>%1 在 %2 已有预约（%3）。</translation>
    </message>
    <message>
        <source>The advisor already has %1 appointments that day.</source>
        <translation>该顾问当天已有 %1 个预约。</translation>
    </message>
    <message>
        <source>Appointment %1 is %2 and can no longer be changed.</source>
        <translation>预约 %1 状态为“%2”，不能再修改。</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>预约 %1</translation>
    </message>
    <message>
        <source>Say why the appointment is cancelled.</source>
        <translation>请说明取消预约的原因。</translation>
    </message>
    <message>
        <source>The appointment no longer exists.</source>
        <translation>该预约已不存在。</translation>
    </message>
    <message>
        <source>Appointment %1 is already %2.</source>
        <translation>预约 %1 已是“%2”状态。</translation>
    </message>
    <message>
        <source>Appointment %1 has not started yet; it can be marked as a no-show once its time has passed.</source>
        <translation>预约 %1 尚未开始；过了预约时间才能标记为未到店。</translation>
    </message>
    <message>
        <source>Choose the result of the call.</source>
        <translation>请选择通话结果。</translation>
    </message>
    <message>
        <source>Note why the customer cancelled.</source>
        <translation>请记录客户取消的原因。</translation>
    </message>
</context>
<context>
    <name>dd::AppointmentsPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>订金</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Advisor / bay</source>
        <translation>服务顾问 / 工位</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Calls so far</source>
        <translation>已打电话</translation>
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
        <translation>超额预约：与同一服务顾问或工位的其他预约时间重叠。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n appointment(s)</source>
        <translation>
            <numerusform>%1：%n 个预约</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open, %2 arrived, %3 cancelled or no-show</source>
        <translation>待到店 %1，已到店 %2，已取消或未到店 %3</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n overbooked</source>
        <translation>
            <numerusform>⚠ %n 个超额预约</numerusform>
        </translation>
    </message>
    <message>
        <source>not called yet</source>
        <translation>尚未致电</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), last: %1 %2</source>
        <translation>
            <numerusform>%n 次，最近：%1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Every appointment of that day is confirmed or closed.</source>
        <translation>当天的预约均已确认或已结束。</translation>
    </message>
    <message numerus="yes">
        <source>%n left to confirm. Enter logs the call of the selected row.</source>
        <translation>
            <numerusform>还有 %n 个待确认。按回车为选中的一行记录电话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>预约 %1</translation>
    </message>
    <message>
        <source>This appointment is %1 and can no longer be changed; book a new one from the reception screen.</source>
        <translation>该预约%1，不能再修改；请在接待界面新建预约。</translation>
    </message>
    <message>
        <source>Why is appointment %1 (%2, %3) cancelled?</source>
        <translation>预约 %1（%2，%3）取消的原因？</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>取消预约</translation>
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
        <translation>将预约 %1（%2，%3）标记为未到店？</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>接待登记</translation>
    </message>
    <message>
        <source>Only today&apos;s open appointments are checked in here; appointment %1 is %2 on %3.</source>
        <translation>这里只能为今天未结束的预约办理接待登记；预约 %1 的状态为%2，日期 %3。</translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>预约数</translation>
    </message>
    <message>
        <source>To conf&amp;irm by phone: %1</source>
        <translation>待电话确认(&amp;I)：%1</translation>
    </message>
    <message>
        <source>Check in the selected appointment</source>
        <translation>为所选预约办理接车</translation>
    </message>
    <message>
        <source>Print the appointment slip</source>
        <translation>打印预约单</translation>
    </message>
    <message>
        <source>On a call to make: log the call</source>
        <translation>在待确认电话上：记录通话</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>late %1 min</source>
        <translation>迟到 %1 分钟</translation>
    </message>
    <message>
        <source>no-show: not here %1 min after the time</source>
        <translation>爽约：超过预约时间 %1 分钟未到</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲时段</translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n 个迟到</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s) to record (Alt+S)</source>
        <translation>
            <numerusform>%n 个爽约待登记（Alt+S）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no-show(s) recorded</source>
        <translation>
            <numerusform>已登记 %n 个爽约</numerusform>
        </translation>
    </message>
    <message>
        <source>no booking is past its grace time of %1 min</source>
        <translation>没有超过 %1 分钟宽限时间的预约</translation>
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
        <translation>工单</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>增修项目</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Extra time</source>
        <translation>增加时间</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准项目</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Safety-critical</source>
        <translation>涉及安全</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 分钟</translation>
    </message>
    <message>
        <source>nothing approved</source>
        <translation>未批准任何项目</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Waiting for the customer: nothing</source>
        <translation>等待客户确认(&amp;W)：无</translation>
    </message>
    <message>
        <source>&amp;Waiting for the customer (%1, %2 longer than %3 min):</source>
        <translation>等待客户确认(&amp;W)（%1 项，其中 %2 项超过 %3 分钟）：</translation>
    </message>
    <message>
        <source>&amp;Waiting for the customer (%1):</source>
        <translation>等待客户确认(&amp;W)（%1 项）：</translation>
    </message>
    <message>
        <source>Found by %1: %2</source>
        <translation>%1 发现：%2</translation>
    </message>
    <message>
        <source>Not covered by warranty: %1</source>
        <translation>不在保修范围：%1</translation>
    </message>
    <message>
        <source>Decision recorded for %1. Tell the workshop next.</source>
        <translation>已记录 %1 的客户决定。下一步：通知车间。</translation>
    </message>
    <message>
        <source>Tell the workshop</source>
        <translation>通知车间</translation>
    </message>
    <message>
        <source>%1, %2: who in the workshop received the decision?</source>
        <translation>%1，%2：车间由谁接收通知？</translation>
    </message>
    <message>
        <source>The workshop knows: %1 received it at %2.</source>
        <translation>车间已知悉：%1 于 %2 接收。</translation>
    </message>
    <message>
        <source>On the selected row: record the decision, or tell the workshop</source>
        <translation>在所选行上：记录客户决定，或通知车间</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) waiting for the customer</source>
        <translation>
            <numerusform>%n 项增修待客户确认</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>增修确认</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>signed by the customer on screen</source>
        <translation>客户已在屏幕上签字</translation>
    </message>
    <message>
        <source>the consent was neither signed nor printed</source>
        <translation>确认单既未签字也未打印</translation>
    </message>
    <message>
        <source>Decision recorded for %1, %2. Tell the workshop next.</source>
        <translation>已记录 %1 的客户决定，%2。下一步：通知车间。</translation>
    </message>
    <message>
        <source>the consent was printed or saved for the customer&apos;s signature</source>
        <translation>确认单已打印或保存，交客户签字</translation>
    </message>
</context>
<context>
    <name>dd::AuditChain</name>
    <message>
        <source>Another station has been saving for 30 seconds and the database is still busy. Nothing was saved; try again in a moment.</source>
        <translation>另一工位已保存了 30 秒，数据库仍忙。未保存任何内容；请稍后再试。</translation>
    </message>
    <message>
        <source>row %1 (%2, %3 by %4)</source>
        <translation>第 %1 条（%2，%4 于 %3）</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 条</translation>
    </message>
    <message numerus="yes">
        <source>The check was stopped after %n audit row(s).</source>
        <translation>
            <numerusform>已检查 %n 条审计记录后停止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s), chain intact.</source>
        <translation>
            <numerusform>%n 条审计记录，链完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at %1: its content does not match its hash; it was changed after it was written, or written outside DealerDesk.</source>
        <translation>审计记录在%1处断开：其内容与哈希不符；写入后被修改过，或不是由 DealerDesk 写入的。</translation>
    </message>
    <message>
        <source>The audit trail is broken at %1: it has no hash; it was written outside DealerDesk.</source>
        <translation>审计记录在%1处断开：该记录没有哈希；不是由 DealerDesk 写入的。</translation>
    </message>
    <message>
        <source>The audit trail is broken at %1: the rows before it were removed.</source>
        <translation>审计记录在%1处断开：之前的记录已被删除。</translation>
    </message>
    <message>
        <source>The audit trail is broken at %1: it does not follow row %2; the rows between them were removed, or row %2 was changed and its hash recomputed.</source>
        <translation>审计记录在%1处断开：它不接在第 %2 条之后；两者之间的记录被删除，或第 %2 条被修改并重新计算了哈希。</translation>
    </message>
    <message>
        <source>The audit trail is broken at %1: it was slipped in after row %2, outside DealerDesk.</source>
        <translation>审计记录在%1处断开：它是在第 %2 条之后于 DealerDesk 之外插入的。</translation>
    </message>
    <message>
        <source>The audit trail is broken after row %1: row %2, recorded as the chain&apos;s last, is missing; rows were removed from the end.</source>
        <translation>审计记录在第 %1 条之后断开：链记录的最后一条（第 %2 条）不见了；末尾的记录被删除。</translation>
    </message>
    <message>
        <source>The audit trail is broken at %1: it is not the last row the chain recorded; it was changed and its hash recomputed.</source>
        <translation>审计记录在%1处断开：它不是链所记录的最后一条；它被修改并重新计算了哈希。</translation>
    </message>
    <message>
        <source>The audit trail&apos;s record of its last row (table audit_chain) was removed.</source>
        <translation>审计记录对其最后一条的记录（audit_chain 表）已被删除。</translation>
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
            <numerusform>其之前的 %n 条记录完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>note: this login owns the audit trail&apos;s table and could lift its protection; the counter PCs should use the application&apos;s login (README, &quot;Two PCs&quot;).</source>
        <translation>注意：此登录帐号拥有审计记录表，可以解除其保护；前台电脑应使用应用程序的登录帐号（见 README「两台电脑」）。</translation>
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
        <translation>显示最新的 2000 条；缩小日期范围可查看更早的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the audit chain: %1 rows so far ...</source>
        <translation>正在检查审计链：已检查 %1 条 ...</translation>
    </message>
    <message>
        <source>The audit chain could not be checked: %1</source>
        <translation>无法检查审计链：%1</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain verified at %1: %n row(s), intact.</source>
        <translation>
            <numerusform>审计链已于 %1 校验：%n 条记录，完整。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit chain checked at %1. %2 The %n row(s) before it are intact.</source>
        <translation>
            <numerusform>审计链已于 %1 检查。%2 其之前的 %n 条记录完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>This PC connects to PostgreSQL as the owner of the audit trail&apos;s table, who could lift its protection: use the application&apos;s login for daily work (README, &quot;Two PCs&quot;).</source>
        <translation>本机以审计记录表所有者的身份连接 PostgreSQL，该身份可以解除其保护：日常工作请使用应用程序的登录帐号（见 README「两台电脑」）。</translation>
    </message>
    <message>
        <source>Read the trail again</source>
        <translation>重新读取审计日志</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries match</source>
        <translation>
            <numerusform>%n 条记录中有 %1 条符合</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
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
        <translation>记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>已把 %n 条记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2 at %3 (%4)
%5
%6</source>
        <translation>%1，操作人 %2，时间 %3（%4）
%5
%6</translation>
    </message>
</context>
<context>
    <name>dd::AuditTrailModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>dd::AuditWords</name>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>登录被拒</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>首次启动</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Administrator&apos;s password set</source>
        <translation>设置管理员密码</translation>
    </message>
    <message>
        <source>User reactivated</source>
        <translation>重新启用用户</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Dealership settings saved</source>
        <translation>保存经销店设置</translation>
    </message>
    <message>
        <source>Labor rate added</source>
        <translation>添加工时单价</translation>
    </message>
    <message>
        <source>Labor rate changed</source>
        <translation>修改工时单价</translation>
    </message>
    <message>
        <source>Technicians saved</source>
        <translation>保存技师名单</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <source>Vehicle added</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <source>Vehicle registered</source>
        <translation>登记车辆</translation>
    </message>
    <message>
        <source>Vehicle changed</source>
        <translation>修改车辆</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>新建预约</translation>
    </message>
    <message>
        <source>Appointment changed</source>
        <translation>修改预约</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>No-show recorded</source>
        <translation>记录爽约</translation>
    </message>
    <message>
        <source>Reminder call logged</source>
        <translation>记录提醒电话</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到店登记</translation>
    </message>
    <message>
        <source>Reception started</source>
        <translation>开始接待</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Left without a work order</source>
        <translation>未开单离店</translation>
    </message>
    <message>
        <source>Inspection saved</source>
        <translation>保存环车检查</translation>
    </message>
    <message>
        <source>Inspection completed</source>
        <translation>完成环车检查</translation>
    </message>
    <message>
        <source>Estimate saved</source>
        <translation>保存估价</translation>
    </message>
    <message>
        <source>Cause and correction saved</source>
        <translation>保存故障原因和处理措施</translation>
    </message>
    <message>
        <source>Technician assigned</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Add-on proposed</source>
        <translation>提出增修项目</translation>
    </message>
    <message>
        <source>Customer&apos;s decision recorded</source>
        <translation>记录客户决定</translation>
    </message>
    <message>
        <source>Workshop told of the decision</source>
        <translation>已通知车间客户决定</translation>
    </message>
    <message>
        <source>Add-on repriced</source>
        <translation>增修项目重新报价</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>已通知客户</translation>
    </message>
    <message>
        <source>Form printed</source>
        <translation>打印单据</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Settlement reversed</source>
        <translation>结算已冲红</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>日结关账</translation>
    </message>
    <message>
        <source>Shift handed over</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>导入：%1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User roles</source>
        <translation>用户角色</translation>
    </message>
    <message>
        <source>Dealership</source>
        <translation>经销店</translation>
    </message>
    <message>
        <source>Labor rate</source>
        <translation>工时单价</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer&apos;s phone</source>
        <translation>客户电话</translation>
    </message>
    <message>
        <source>Customer&apos;s contact</source>
        <translation>客户联系人</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>号牌</translation>
    </message>
    <message>
        <source>Vehicle owner</source>
        <translation>车主</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Reminder call</source>
        <translation>预约提醒电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>客户描述</translation>
    </message>
    <message>
        <source>Work-order line</source>
        <translation>工单项目</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>环车检查</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>快速检查</translation>
    </message>
    <message>
        <source>Damage mark</source>
        <translation>损伤标记</translation>
    </message>
    <message>
        <source>Damage photo</source>
        <translation>损伤照片</translation>
    </message>
    <message>
        <source>Printed form</source>
        <translation>已打印单据</translation>
    </message>
    <message>
        <source>Add-on finding</source>
        <translation>增修项目</translation>
    </message>
    <message>
        <source>Customer&apos;s decision</source>
        <translation>客户决定</translation>
    </message>
    <message>
        <source>Labor operation</source>
        <translation>工时项目</translation>
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
        <translation>结算单</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Cash count</source>
        <translation>现金盘点</translation>
    </message>
    <message>
        <source>Customer notice</source>
        <translation>客户通知</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
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
        <translation>启用</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
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
        <translation>车系</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>里程表</translation>
    </message>
    <message>
        <source>Work-order type</source>
        <translation>工单类型</translation>
    </message>
    <message>
        <source>Repair category</source>
        <translation>维修类别</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交车</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开单时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>委托时间</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交车时间</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接车人</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交车间时间</translation>
    </message>
    <message>
        <source>Quality inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Why cancelled</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Rate per hour</source>
        <translation>每小时单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Amount approved</source>
        <translation>批准金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>付费方</translation>
    </message>
    <message>
        <source>Part source</source>
        <translation>配件来源</translation>
    </message>
    <message>
        <source>Technician (staff record)</source>
        <translation>技师（名单记录）</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
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
        <translation>实收</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>关账人</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>结算笔数</translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation>冲红</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>New receivables</source>
        <translation>新增应收</translation>
    </message>
    <message>
        <source>Cars left unsettled</source>
        <translation>未结算车辆数</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Over / short</source>
        <translation>长短款</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>结算员</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>交给</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客户应付</translation>
    </message>
    <message>
        <source>Before discounts</source>
        <translation>折前金额</translation>
    </message>
    <message>
        <source>Line discounts</source>
        <translation>单项折扣</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>整单折扣</translation>
    </message>
    <message>
        <source>Rounded off</source>
        <translation>抹零</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>增值税</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>增值税率</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Number called</source>
        <translation>联系号码</translation>
    </message>
    <message>
        <source>Booked for</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃油</translation>
    </message>
    <message>
        <source>Key tag</source>
        <translation>钥匙牌号</translation>
    </message>
    <message>
        <source>Dropped off by</source>
        <translation>送修人</translation>
    </message>
    <message>
        <source>Drop-off phone</source>
        <translation>送修人电话</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Workshop opens</source>
        <translation>车间开门时间</translation>
    </message>
    <message>
        <source>Workshop closes</source>
        <translation>车间关门时间</translation>
    </message>
    <message>
        <source>Workshop closed on</source>
        <translation>车间休息日</translation>
    </message>
    <message>
        <source>Default labor rate</source>
        <translation>默认工时费率</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>材料费</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>检测费</translation>
    </message>
    <message>
        <source>Sublet work</source>
        <translation>外协加工</translation>
    </message>
    <message>
        <source>Other charges</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <source>Warranty pays</source>
        <translation>保修支付</translation>
    </message>
    <message>
        <source>Insurer pays</source>
        <translation>保险公司支付</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>订金</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准时间</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到店时间</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Pickup checklist</source>
        <translation>交车核对</translation>
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
        <translation>结果</translation>
    </message>
    <message>
        <source>Old parts</source>
        <translation>旧件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>发现人</translation>
    </message>
    <message>
        <source>Workshop told</source>
        <translation>已通知车间人员</translation>
    </message>
    <message>
        <source>Rework rounds</source>
        <translation>返工次数</translation>
    </message>
    <message>
        <source>From the walk-around</source>
        <translation>来自环车检查</translation>
    </message>
    <message>
        <source>Brand or specification</source>
        <translation>品牌或规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind of charge</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Safety-critical</source>
        <translation>涉及安全</translation>
    </message>
    <message>
        <source>Extra time (min)</source>
        <translation>增加时间（分钟）</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>新承诺时间</translation>
    </message>
    <message>
        <source>Handover terms</source>
        <translation>交车条款</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>客户描述</translation>
    </message>
    <message>
        <source>Deposit paid</source>
        <translation>已付定金</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Parts estimate</source>
        <translation>预估材料费</translation>
    </message>
    <message>
        <source>Preferred time</source>
        <translation>希望时间</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>Follow-up calls agreed</source>
        <translation>同意回访</translation>
    </message>
    <message>
        <source>Marketing agreed</source>
        <translation>同意营销信息</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Engine number</source>
        <translation>发动机号</translation>
    </message>
    <message>
        <source>First registered</source>
        <translation>初次登记日期</translation>
    </message>
    <message>
        <source>Model year</source>
        <translation>年款</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>(image)</source>
        <translation>（图片）</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
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
        <translation>登录成功</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>refused: the user is deactivated</source>
        <translation>被拒：该用户已停用</translation>
    </message>
    <message>
        <source>Powertrain</source>
        <translation>动力类型</translation>
    </message>
    <message>
        <source>Vehicle type</source>
        <translation>车辆类型</translation>
    </message>
    <message>
        <source>Plate colour</source>
        <translation>号牌颜色</translation>
    </message>
    <message>
        <source>Odometer out</source>
        <translation>出厂里程</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>合格证编号</translation>
    </message>
    <message>
        <source>Certificate number prefix</source>
        <translation>合格证编号前缀</translation>
    </message>
    <message>
        <source>Quality guarantee committed</source>
        <translation>承诺质量保证期</translation>
    </message>
    <message>
        <source>Form signed on screen</source>
        <translation>表单屏幕签名</translation>
    </message>
    <message>
        <source>Signature on screen</source>
        <translation>屏幕签名</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>Signed with</source>
        <translation>签名方式</translation>
    </message>
    <message>
        <source>Content fingerprint</source>
        <translation>内容指纹</translation>
    </message>
    <message>
        <source>Printed to</source>
        <translation>输出到</translation>
    </message>
    <message>
        <source>Follow-up call logged</source>
        <translation>回访已记录</translation>
    </message>
    <message>
        <source>Complaint received</source>
        <translation>投诉已受理</translation>
    </message>
    <message>
        <source>Complaint step logged</source>
        <translation>投诉处理已记录</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Call attempt</source>
        <translation>回访拨打记录</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint step</source>
        <translation>投诉处理步骤</translation>
    </message>
    <message>
        <source>Satisfaction questionnaire</source>
        <translation>满意度问卷</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Customer satisfied</source>
        <translation>客户满意</translation>
    </message>
    <message>
        <source>Follow-up and complaint rules</source>
        <translation>回访与投诉规则</translation>
    </message>
    <message>
        <source>Message instead of a call</source>
        <translation>以信息代替回访</translation>
    </message>
    <message>
        <source>Messages exported for sending</source>
        <translation>信息已导出发送</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Message text instead of a call</source>
        <translation>代替电话的信息内容</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
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
        <translation>本 DealerDesk 使用 PostgreSQL 服务器；请在服务器上用 pg_dump 备份，例如 pg_dump -Fc -h %1 -p %2 -U %3 -f dealerdesk.dump %4（用 pg_restore 恢复）。</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself; choose another file.</source>
        <translation>备份不能覆盖数据库本身；请选择其他文件。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 已存在；请为备份选择新的文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The SQLite connection cannot be used for a backup.</source>
        <translation>该 SQLite 连接无法用于备份。</translation>
    </message>
    <message>
        <source>Cannot create the backup file %1: %2</source>
        <translation>无法创建备份文件 %1：%2</translation>
    </message>
    <message>
        <source>The backup could not start: %1</source>
        <translation>备份无法开始：%1</translation>
    </message>
    <message>
        <source>The backup failed and was removed: %1</source>
        <translation>备份失败，已删除：%1</translation>
    </message>
    <message>
        <source>Cannot replace %1; check its permissions.</source>
        <translation>无法替换 %1；请检查其权限。</translation>
    </message>
    <message>
        <source>Cannot write %1; check the folder&apos;s permissions.</source>
        <translation>无法写入 %1；请检查文件夹权限。</translation>
    </message>
</context>
<context>
    <name>dd::Bootstrap</name>
    <message>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>There is no database at %1 (nothing was created). Check the --db path, or create a new database with &quot;dealerdesk --db %1 migrate&quot;.</source>
        <translation>%1 处没有数据库（未创建任何文件）。请检查 --db 路径，或用 &quot;dealerdesk --db %1 migrate&quot; 创建新数据库。</translation>
    </message>
    <message>
        <source>%1 holds no DealerDesk data yet (nothing was created). Set it up first with &quot;dealerdesk --db %1 migrate&quot;.</source>
        <translation>%1 中还没有 DealerDesk 数据（未创建任何内容）。请先用 &quot;dealerdesk --db %1 migrate&quot; 初始化。</translation>
    </message>
</context>
<context>
    <name>dd::CallDialog</name>
    <message>
        <source>&amp;Log call</source>
        <translation>记录电话(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
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
        <translation>尚未致电。</translation>
    </message>
    <message>
        <source>Note why the customer cancelled.</source>
        <translation>请记录客户取消的原因。</translation>
    </message>
</context>
<context>
    <name>dd::CannedJobDialog</name>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Add to the &amp;estimate</source>
        <translation>加入估价(&amp;E)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用车型</translation>
    </message>
    <message>
        <source>Operation or part</source>
        <translation>工时或配件</translation>
    </message>
    <message>
        <source>Hours / qty</source>
        <translation>工时/数量</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>&amp;Jobs:</source>
        <translation>套餐(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Jobs for %1:</source>
        <translation>适用于 %1 的套餐(&amp;J)：</translation>
    </message>
    <message>
        <source>all models</source>
        <translation>所有车型</translation>
    </message>
    <message>
        <source>There are no canned jobs in the catalog yet. A manager imports them as a CSV file (Catalogs…, or dealerdesk import jobs FILE.csv).</source>
        <translation>价目表中还没有维修套餐。请服务经理以 CSV 文件导入（价目表…，或 dealerdesk import jobs 文件.csv）。</translation>
    </message>
    <message>
        <source>Total ¥%1 incl. VAT</source>
        <translation>合计 ¥%1（含增值税）</translation>
    </message>
    <message>
        <source>No longer in the catalogs, so left out: %1. Add them by hand if the job needs them.</source>
        <translation>以下项目已不在价目表中，未加入：%1。如套餐需要，请手工添加。</translation>
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
        <translation>请先在表格中选中要打折的项目。</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>单项折扣</translation>
    </message>
    <message>
        <source>Discount on &quot;%1&quot;: a percentage (10%) or an amount (20.00); empty to remove it.</source>
        <translation>“%1”的折扣：百分比（10%）或金额（20.00）；留空则取消。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a percentage (10%) nor an amount (20.00).</source>
        <translation>“%1”既不是百分比（10%）也不是金额（20.00）。</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交车</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客户自付</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message numerus="yes">
        <source>Ready for settlement, by promised time: %n</source>
        <translation>
            <numerusform>待结算（按承诺时间排序）：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>No work order or statement has the number &quot;%1&quot;. Check the number on the form, or pick the car from the list.</source>
        <translation>没有单号为“%1”的工单或结算单。请核对单据上的号码，或从列表中选择车辆。</translation>
    </message>
    <message>
        <source>Work order %1 is %2: it comes to the cashier once the quality check has passed.</source>
        <translation>工单 %1 当前为%2：质检通过后才到结算台。</translation>
    </message>
    <message>
        <source>Settled as %1 by %2 at %3. Print the statement (Ctrl+P) and the release notice (Ctrl+R).</source>
        <translation>已由%2于 %3 结算，结算单号 %1。请打印结算清单（Ctrl+P）和出厂通知单（Ctrl+R）。</translation>
    </message>
    <message>
        <source>The order discount &quot;%1&quot; is neither a percentage (10%) nor an amount (50.00).</source>
        <translation>整单折扣“%1”既不是百分比（10%）也不是金额（50.00）。</translation>
    </message>
    <message>
        <source>The discounts come to %1 % of what the customer pays, above the %2 % you may grant: a service manager approves them when you settle.</source>
        <translation>折扣合计为客户应付金额的 %1 %，超过您可给予的 %2 %：结算时须服务经理批准。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · &lt;b&gt;%3&lt;/b&gt; · %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · &lt;b&gt;%3&lt;/b&gt; · %4 · %5</translation>
    </message>
    <message>
        <source>Labor %1</source>
        <translation>工时 %1</translation>
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
        <translation>折扣 %1（单项 %2，整单 %3，抹零 %4）</translation>
    </message>
    <message>
        <source>Total %1, VAT %2 % included: %3</source>
        <translation>合计 %1，含 %2 % 增值税：%3</translation>
    </message>
    <message>
        <source>Customer pays %1</source>
        <translation>客户应付 %1</translation>
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
        <translation>&lt;b&gt;多收 %1&lt;/b&gt;：请更正收款</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paid in full&lt;/b&gt;</source>
        <translation>&lt;b&gt;已全额收款&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Change to give: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>应找零：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enter the amount this payment covers, e.g. 300.00.</source>
        <translation>请输入这笔收款的金额，例如 300.00。</translation>
    </message>
    <message>
        <source>The cash received must be at least the amount it pays.</source>
        <translation>实收现金不能少于这笔收款的金额。</translation>
    </message>
    <message>
        <source>%1 is more than the %2 still to pay.</source>
        <translation>%1 超过尚需收款的 %2。</translation>
    </message>
    <message>
        <source>A discount of %1 % of what the customer pays is above the %2 % you may grant. A service manager approves it here with their own name and password.</source>
        <translation>折扣为客户应付金额的 %1 %，超过您可给予的 %2 %。请服务经理在此输入本人登录名和密码批准。</translation>
    </message>
    <message>
        <source>Why is this discount granted? The reason is recorded with your name.</source>
        <translation>为什么给予此折扣？原因将连同您的姓名一起记录。</translation>
    </message>
    <message>
        <source>Settled as %1. Give %2 change.</source>
        <translation>已结算，结算单号 %1。请找零 %2。</translation>
    </message>
    <message>
        <source>Settled as %1.</source>
        <translation>已结算，结算单号 %1。</translation>
    </message>
    <message>
        <source>Print the statement (Ctrl+P) and the release notice (Ctrl+R).</source>
        <translation>请打印结算清单（Ctrl+P）和出厂通知单（Ctrl+R）。</translation>
    </message>
    <message>
        <source>Reverse statement %1 (冲红) over %2: a negative entry with the reason, authorized by a service manager. The work order then waits to be settled again.</source>
        <translation>冲红结算单 %1（金额 %2）：一笔带原因的负数记录，须服务经理授权。之后工单等待重新结算。</translation>
    </message>
    <message>
        <source>Reversed by %1. Settle the work order again with the right payments.</source>
        <translation>已由 %1 冲红。请按正确的收款方式重新结算工单。</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Settle the work order</source>
        <translation>结算工单</translation>
    </message>
    <message>
        <source>Print the settlement statement</source>
        <translation>打印结算单</translation>
    </message>
    <message>
        <source>Print the release notice</source>
        <translation>打印出厂通知单</translation>
    </message>
    <message>
        <source>Read the queue again</source>
        <translation>重新读取待结算队列</translation>
    </message>
    <message>
        <source>In the amount or reference field: add the payment</source>
        <translation>在金额或凭证号栏：添加这笔付款</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) ready to settle</source>
        <translation>
            <numerusform>%n 辆车待结算</numerusform>
        </translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银结算</translation>
    </message>
</context>
<context>
    <name>dd::CatalogDialog</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model family</source>
        <translation>车系</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Labor category</source>
        <translation>工种</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>配件号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Brand or specification</source>
        <translation>品牌或规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price (¥)</source>
        <translation>价格（¥）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Operations and parts</source>
        <translation>工时和配件</translation>
    </message>
    <message>
        <source>Importing catalogs needs the service manager&apos;s or the administrator&apos;s role.</source>
        <translation>导入价目表需要服务经理或管理员角色。</translation>
    </message>
    <message>
        <source>all models</source>
        <translation>所有车型</translation>
    </message>
    <message>
        <source>first rate</source>
        <translation>第一个工时费率</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 (%2 h)</source>
        <translation>%1（%2 小时）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) in the price list</source>
        <translation>
            <numerusform>价格表中共 %n 个配件</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per operation, and one more per model family with its own standard hours (an empty family is for all other models). labor_category is a labor rate&apos;s code; empty takes the first rate.</source>
        <translation>每个工时项目一行；某车系有自己的标准工时时再加一行（车系为空表示其他所有车型）。labor_category 为工时费率代码，为空时取第一个费率。</translation>
    </message>
    <message>
        <source>Prices in yuan including VAT. source: oem, equivalent or reconditioned (原厂, 同质, 修复); empty is OEM.</source>
        <translation>价格以元为单位，含增值税。source：oem、equivalent 或 reconditioned（原厂、同质、修复），为空表示原厂。</translation>
    </message>
    <message>
        <source>One row per operation or part of a job (kind: labor or part). quantity: the part&apos;s quantity, or for labor other hours than the standard. Import the labor operations and parts first.</source>
        <translation>套餐的每个工时或配件一行（kind：labor 或 part）。quantity：配件数量；工时行填写时表示不按标准工时。请先导入工时项目和配件。</translation>
    </message>
    <message>
        <source>Import into the catalog: %1</source>
        <translation>导入价目表：%1</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 还有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 row(s) can be imported, %3 with a warning, %4 rejected.</source>
        <translation>%1：可导入 %2 行，其中 %3 行有警告，%4 行被拒绝。</translation>
    </message>
    <message>
        <source>Import the accepted rows now? Rejected rows are left out.</source>
        <translation>现在导入可接受的行吗？被拒绝的行不会导入。</translation>
    </message>
    <message>
        <source>Nothing can be imported. Correct the file and try again.</source>
        <translation>没有可导入的行。请修改文件后重试。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Imported %1 row(s) from %2; %3 rejected.</source>
        <translation>已从 %2 导入 %1 行；%3 行被拒绝。</translation>
    </message>
    <message>
        <source>CSV columns (UTF-8, GB18030/GBK or Big5): %1. %2 A row whose code is already on file replaces it.</source>
        <translation>CSV 列（UTF-8、GB18030/GBK 或 Big5）：%1。%2 代码已存在的行将替换原有记录。</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>按 %1 读取。</translation>
    </message>
    <message>
        <source>Read as %1. The first names: %2. If they look wrong, cancel and save the file as CSV UTF-8.</source>
        <translation>按 %1 读取。前几个名称：%2。如果看起来不对，请取消，并将文件另存为 CSV UTF-8。</translation>
    </message>
</context>
<context>
    <name>dd::CatalogRules</name>
    <message>
        <source>The operation needs its code.</source>
        <translation>工时项目需要代码。</translation>
    </message>
    <message>
        <source>The operation code &quot;%1&quot; is longer than 40 characters.</source>
        <translation>工时项目代码“%1”超过 40 个字符。</translation>
    </message>
    <message>
        <source>The operation %1 needs a description.</source>
        <translation>工时项目 %1 需要描述。</translation>
    </message>
    <message>
        <source>The description of %1 is longer than 200 characters.</source>
        <translation>%1 的描述超过 200 个字符。</translation>
    </message>
    <message>
        <source>The operation %1 needs its standard hours (more than 0, e.g. 1.5).</source>
        <translation>工时项目 %1 需要标准工时（大于 0，例如 1.5）。</translation>
    </message>
    <message>
        <source>The labor category &quot;%1&quot; is not one of the dealership&apos;s labor rates (%2).</source>
        <translation>工种“%1”不是本店的工时费率之一（%2）。</translation>
    </message>
    <message>
        <source>The part needs its part number.</source>
        <translation>配件需要配件号。</translation>
    </message>
    <message>
        <source>The part number &quot;%1&quot; is longer than 40 characters.</source>
        <translation>配件号“%1”超过 40 个字符。</translation>
    </message>
    <message>
        <source>The part %1 needs a name.</source>
        <translation>配件 %1 需要名称。</translation>
    </message>
    <message>
        <source>The name of the part %1 is longer than 200 characters.</source>
        <translation>配件 %1 的名称超过 200 个字符。</translation>
    </message>
    <message>
        <source>The part %1 needs a price of 0 or more.</source>
        <translation>配件 %1 需要大于或等于 0 的价格。</translation>
    </message>
    <message>
        <source>The part %1 has an unknown source &quot;%2&quot;.</source>
        <translation>配件 %1 的来源“%2”无法识别。</translation>
    </message>
    <message>
        <source>The unit of the part %1 is longer than 10 characters.</source>
        <translation>配件 %1 的单位超过 10 个字符。</translation>
    </message>
    <message>
        <source>The job needs its code.</source>
        <translation>套餐需要代码。</translation>
    </message>
    <message>
        <source>The job %1 needs a name.</source>
        <translation>套餐 %1 需要名称。</translation>
    </message>
    <message>
        <source>The job %1 has no operations or parts.</source>
        <translation>套餐 %1 没有工时或配件。</translation>
    </message>
    <message>
        <source>The job %1 has an item of unknown kind &quot;%2&quot; (labor or part).</source>
        <translation>套餐 %1 有一项种类“%2”无法识别（应为 labor 或 part）。</translation>
    </message>
    <message>
        <source>An item of the job %1 has no code.</source>
        <translation>套餐 %1 有一项没有代码。</translation>
    </message>
    <message>
        <source>The part %1 in the job %2 needs a quantity.</source>
        <translation>套餐 %2 中的配件 %1 需要数量。</translation>
    </message>
    <message>
        <source>The job code &quot;%1&quot; is longer than 40 characters.</source>
        <translation>套餐代码&quot;%1&quot;超过 40 个字符。</translation>
    </message>
    <message>
        <source>The name of the job %1 is longer than 200 characters.</source>
        <translation>套餐 %1 的名称超过 200 个字符。</translation>
    </message>
</context>
<context>
    <name>dd::CatalogStore</name>
    <message>
        <source>labor operation %1</source>
        <translation>工时项目 %1</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>配件 %1</translation>
    </message>
    <message>
        <source>Labor operation %1</source>
        <translation>工时项目 %1</translation>
    </message>
    <message>
        <source>Labor operation %1 (%2)</source>
        <translation>工时项目 %1（%2）</translation>
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
        <translation>数据库服务器没有响应。</translation>
    </message>
</context>
<context>
    <name>dd::CheckInDialog</name>
    <message>
        <source>&amp;Open work order</source>
        <translation>开立工单(&amp;O)</translation>
    </message>
    <message>
        <source>Last recorded: %L1 km</source>
        <translation>上次记录：%L1 公里</translation>
    </message>
    <message>
        <source>None today — walk-in</source>
        <translation>今日无预约 — 直接到店</translation>
    </message>
    <message>
        <source>Enter the mileage shown on the odometer.</source>
        <translation>请输入里程表显示的里程。</translation>
    </message>
    <message>
        <source>Write down at least one concern in the customer&apos;s own words.</source>
        <translation>请至少用客户自己的话记录一条描述。</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Work order %1 is open as a draft. Go on with the walk-around inspection now?</source>
        <translation>工单 %1 已作为草稿开立。现在继续环车检查吗？</translation>
    </message>
    <message>
        <source>Lower mileage</source>
        <translation>里程偏低</translation>
    </message>
    <message>
        <source>The odometer reads %L1 km, less than the last recorded %L2 km.</source>
        <translation>里程表读数为 %L1 公里，低于上次记录的 %L2 公里。</translation>
    </message>
    <message>
        <source>Check the reading. If the instrument cluster was replaced or the odometer reset, check in anyway: the inspection records the reason.</source>
        <translation>请核对读数。如仪表总成已更换或里程表已归零，仍可登记：环车检查时记录原因。</translation>
    </message>
    <message>
        <source>Check in &amp;anyway</source>
        <translation>仍然登记(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Correct the reading</source>
        <translation>更正读数(&amp;C)</translation>
    </message>
    <message>
        <source>%1 at %2, %3 — booked visit, %4</source>
        <translation>%1，%2，%3 — 预约到店，%4</translation>
    </message>
    <message>
        <source>last reading %L1 km on %2</source>
        <translation>上次读数 %L1 公里（%2）</translation>
    </message>
</context>
<context>
    <name>dd::Cli</name>
    <message>
        <source>see dealerdesk --help</source>
        <translation>参见 dealerdesk --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 不接受参数</translation>
    </message>
    <message>
        <source>backup needs exactly one FILE</source>
        <translation>backup 需要且只需要一个 FILE</translation>
    </message>
    <message>
        <source>--role and --name belong to &quot;user add&quot;</source>
        <translation>--role 和 --name 只用于“user add”</translation>
    </message>
    <message>
        <source>Kept a copy of the database from before the upgrade: %1</source>
        <translation>已保留升级前的数据库副本：%1</translation>
    </message>
    <message>
        <source>%1: schema version %2, up to date.</source>
        <translation>%1：结构版本 %2，已是最新。</translation>
    </message>
    <message>
        <source>%1: schema version %2 -&gt; %3.</source>
        <translation>%1：结构版本 %2 -&gt; %3。</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 KB).</source>
        <translation>已将 %1 备份到 %2（%3 KB）。</translation>
    </message>
    <message>
        <source>user list takes no arguments</source>
        <translation>user list 不接受参数</translation>
    </message>
    <message>
        <source>user needs add, passwd or list</source>
        <translation>user 后需要 add、passwd 或 list</translation>
    </message>
    <message>
        <source>user %1 needs exactly one NAME</source>
        <translation>user %1 需要且只需要一个 NAME</translation>
    </message>
    <message>
        <source>user add needs at least one --role</source>
        <translation>user add 至少需要一个 --role</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>no password given on standard input; DealerDesk has no default passwords</source>
        <translation>标准输入中没有密码；DealerDesk 没有默认密码</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>两次输入的密码不一致；未做任何修改</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot;</source>
        <translation>没有用户“%1”</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>no password given on standard input; nothing was changed</source>
        <translation>标准输入中没有密码；未做任何修改</translation>
    </message>
    <message>
        <source>Password set for %1.</source>
        <translation>已为 %1 设置密码。</translation>
    </message>
    <message>
        <source>--state belongs to &quot;workorders&quot;</source>
        <translation>--state 只用于“workorders”</translation>
    </message>
    <message>
        <source>--state must be one of %1</source>
        <translation>--state 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>--dry-run belongs to &quot;import&quot;</source>
        <translation>--dry-run 只用于“import”</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>use: print FORM NUMBER --pdf FILE | --printer NAME</source>
        <translation>用法：print 表单 单号 --pdf 文件 | --printer 打印机名</translation>
    </message>
    <message>
        <source>print needs either --pdf FILE or --printer NAME</source>
        <translation>print 需要 --pdf 文件 或 --printer 打印机名（二选一）</translation>
    </message>
    <message>
        <source>FORM must be one of %1</source>
        <translation>表单必须是以下之一：%1</translation>
    </message>
    <message>
        <source>--pdf, --printer and --copies belong to &quot;print&quot;</source>
        <translation>--pdf、--printer 和 --copies 只用于 &quot;print&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Reprinted %1 %2 (%n page(s)) to %3</source>
        <translation>
            <numerusform>已补打 %1 %2（%n 页）到 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %1 %2 (%n page(s)) to %3</source>
        <translation>
            <numerusform>已打印 %1 %2（%n 页）到 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>use: import %1 FILE.csv [--dry-run]</source>
        <translation>用法：import %1 文件.csv [--dry-run]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a signed-in user: dealerdesk --user NAME %1 … (the password comes from DEALERDESK_PASSWORD or the first line of standard input)</source>
        <translation>&quot;%1&quot; 需要已登录的用户：dealerdesk --user 用户名 %1 …（密码取自 DEALERDESK_PASSWORD 或标准输入的第一行）</translation>
    </message>
    <message>
        <source>no password for %1: set DEALERDESK_PASSWORD or give it on standard input</source>
        <translation>没有 %1 的密码：请设置 DEALERDESK_PASSWORD 或在标准输入中提供</translation>
    </message>
    <message>
        <source>%1 holds no DealerDesk data (nothing was created)</source>
        <translation>%1 中没有 DealerDesk 数据（未创建任何内容）</translation>
    </message>
    <message>
        <source>%1: PostgreSQL keeps its own pages; check the server with its tools (pg_amcheck).</source>
        <translation>%1：PostgreSQL 自行管理其数据页；请在服务器上用其工具检查（pg_amcheck）。</translation>
    </message>
    <message>
        <source>dealerdesk: %1 is damaged. The first problems SQLite found:</source>
        <translation>dealerdesk: %1 已损坏。SQLite 发现的前几个问题：</translation>
    </message>
    <message>
        <source>%1: no damage found (%2 tables, every page and index checked in %3 s).</source>
        <translation>%1：未发现损坏（%2 个表，每个页面和索引均已检查，用时 %3 秒）。</translation>
    </message>
    <message>
        <source>Next, create the administrator: dealerdesk --db %1 user add admin --role admin --name &quot;…&quot;</source>
        <translation>下一步，创建管理员：dealerdesk --db %1 user add admin --role admin --name &quot;…&quot;</translation>
    </message>
    <message>
        <source>Next, set the administrator&apos;s password: dealerdesk --db %1 user passwd %2</source>
        <translation>下一步，设置管理员密码：dealerdesk --db %1 user passwd %2</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a CSV file</source>
        <translation>%1 是数据库本身，不是 CSV 文件</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use advisor, controller, cashier, clerk, manager or admin</source>
        <translation>未知角色“%1”；请使用 advisor、controller、cashier、clerk、manager 或 admin</translation>
    </message>
    <message>
        <source>--due and --overdue belong to &quot;followups&quot;</source>
        <translation>--due 和 --overdue 只能用于“followups”</translation>
    </message>
    <message>
        <source>use: complaints [--open] [--overdue]</source>
        <translation>用法：complaints [--open] [--overdue]</translation>
    </message>
    <message>
        <source>--open belongs to &quot;complaints&quot;</source>
        <translation>--open 只用于“complaints”</translation>
    </message>
    <message>
        <source>use: messages --date YYYY-MM-DD --csv FILE</source>
        <translation>用法：messages --date YYYY-MM-DD --csv 文件</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD, e.g. 2026-12-07, not &quot;%1&quot;</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期，例如 2026-12-07，而不是“%1”</translation>
    </message>
    <message>
        <source>--date and --csv belong to &quot;messages&quot;</source>
        <translation>--date 和 --csv 只用于“messages”</translation>
    </message>
</context>
<context>
    <name>dd::CommandContext</name>
    <message>
        <source>The database did not return the new record&apos;s number.</source>
        <translation>数据库没有返回新记录的编号。</translation>
    </message>
    <message>
        <source>%1 no longer exists; it may have been removed at another station.</source>
        <translation>%1 已不存在；可能已在其他工位被移除。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 on %4 after you opened it. Your changes were not saved and are still on screen; reload to see the other change, then apply yours again.</source>
        <translation>您打开 %1 之后，%2 于 %3 在 %4 上修改了它。您的修改未保存，仍显示在屏幕上；请重新载入查看对方的修改，然后再次录入您的修改。</translation>
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
        <translation>账号 %1 已停用；未保存任何内容。请联系管理员。</translation>
    </message>
    <message>
        <source>%1 may not %2 (roles: %3). Nothing was saved; ask a user with the right role.</source>
        <translation>%1 无权%2（角色：%3）。未保存任何内容；请由具有相应角色的用户操作。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The connection to the database was lost during this change and has been restored. Nothing of this change was saved; please do it again.</source>
        <translation>此次更改过程中与数据库的连接中断，现已恢复。此次更改的内容均未保存；请重新操作。</translation>
    </message>
    <message>
        <source>The connection to the database was lost during this change. Nothing of it was saved. Check the network and that the database server is running, then do it again.</source>
        <translation>此次更改过程中与数据库的连接中断。此次更改的内容均未保存。请检查网络以及数据库服务器是否在运行，然后重新操作。</translation>
    </message>
</context>
<context>
    <name>dd::ComplaintDialog</name>
    <message>
        <source>Find the customer who complains, then write down what they said.</source>
        <translation>先找到投诉的客户，再记下客户的原话。</translation>
    </message>
    <message>
        <source>From the %1 of &lt;b&gt;%2&lt;/b&gt; (%3, %4).</source>
        <translation>来自 &lt;b&gt;%2&lt;/b&gt; 的%1（%3，%4）。</translation>
    </message>
    <message>
        <source>(not about one visit)</source>
        <translation>（不针对某次来店）</translation>
    </message>
    <message>
        <source>no vehicle</source>
        <translation>无车辆</translation>
    </message>
    <message>
        <source>A major complaint goes to the service manager at once. </source>
        <translation>重大投诉立即转服务经理。</translation>
    </message>
    <message>
        <source>First reply by %1, resolved by %2.</source>
        <translation>首次答复期限 %1，处理完成期限 %2。</translation>
    </message>
</context>
<context>
    <name>dd::ComplaintStepDialog</name>
    <message>
        <source>— ask the customer —</source>
        <translation>— 请询问客户 —</translation>
    </message>
    <message>
        <source>Yes, satisfied: the complaint closes</source>
        <translation>满意：投诉结案</translation>
    </message>
    <message>
        <source>No, not satisfied: it stays open</source>
        <translation>不满意：继续处理</translation>
    </message>
    <message>
        <source>— choose a colleague —</source>
        <translation>— 选择同事 —</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 · %3 · %4&lt;br/&gt;Responsible: %5. %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp; %2 · %3 · %4&lt;br/&gt;责任人：%5。%6</translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation>%1 已结案。</translation>
    </message>
    <message>
        <source>Resolve by %1.</source>
        <translation>处理完成期限 %1。</translation>
    </message>
    <message>
        <source>Goodwill is a line paid as goodwill on a new work order: open it at reception, then note its number.</source>
        <translation>善意补偿是新工单上付费方式为“善意补偿”的项目：请先在接待处开单，再填写单号。</translation>
    </message>
    <message>
        <source>Open the comeback work order at reception (type: comeback), then note its number.</source>
        <translation>请先在接待处开具返修工单（类型：返修），再填写单号。</translation>
    </message>
    <message>
        <source>A major complaint: the service manager makes the closing call-back.</source>
        <translation>重大投诉：由服务经理进行结案回访。</translation>
    </message>
    <message>
        <source>Ask whether the customer is satisfied with how it was handled; only a satisfied customer closes it.</source>
        <translation>询问客户对处理结果是否满意；只有客户满意才能结案。</translation>
    </message>
    <message>
        <source>A major complaint: the service manager gives the reply.</source>
        <translation>重大投诉：由服务经理答复。</translation>
    </message>
</context>
<context>
    <name>dd::ComplaintStore</name>
    <message>
        <source>Write down what the customer said: the complaint needs their words.</source>
        <translation>请记下客户的原话：投诉需要客户的陈述。</translation>
    </message>
    <message>
        <source>Choose the customer who complains: find them by plate, phone or name.</source>
        <translation>请选择投诉的客户：按车牌、电话或姓名查找。</translation>
    </message>
    <message>
        <source>The work order of the complaint does not exist.</source>
        <translation>投诉所涉的工单不存在。</translation>
    </message>
    <message>
        <source>That work order is another customer&apos;s: choose a visit of the customer who complains.</source>
        <translation>该工单属于其他客户：请选择投诉客户本人的来店记录。</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>There is no work order %1: open it at reception first, then note its number here.</source>
        <translation>没有工单 %1：请先在接待处开单，再在此填写单号。</translation>
    </message>
    <message>
        <source>Work order %1 is another customer&apos;s, not %2&apos;s.</source>
        <translation>工单 %1 属于其他客户，不是 %2 的。</translation>
    </message>
    <message>
        <source>That colleague&apos;s account is not active: choose another.</source>
        <translation>该同事的账户已停用：请另选一人。</translation>
    </message>
    <message>
        <source>Complaint #%1 does not exist.</source>
        <translation>投诉 #%1 不存在。</translation>
    </message>
    <message>
        <source>There is no complaint %1; check the number (it starts with the complaint prefix, e.g. TS).</source>
        <translation>没有投诉 %1；请核对编号（以投诉单前缀开头，如 TS）。</translation>
    </message>
    <message>
        <source>%1 does not work at the follow-up desk: hand the complaint to a customer-service clerk or the service manager.</source>
        <translation>%1 不在回访工作台工作：请将投诉移交给客服专员或服务经理。</translation>
    </message>
</context>
<context>
    <name>dd::ComplaintsPanel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
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
        <translation>责任人</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>replied %1</source>
        <translation>%1 已答复</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>reply overdue</source>
        <translation>答复逾期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>with the service manager</source>
        <translation>已转服务经理</translation>
    </message>
    <message>
        <source>customer not satisfied</source>
        <translation>客户不满意</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>&amp;Open complaints: none</source>
        <translation>处理中的投诉(&amp;O)：无</translation>
    </message>
    <message>
        <source>&amp;Open complaints: %1, %2 past a deadline, %3 with the service manager</source>
        <translation>处理中的投诉(&amp;O)：%1 件，%2 件已逾期，%3 件已转服务经理</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · received %3 by %4 (%5)%6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · %3 由 %4 受理（%5）%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Complaint %1 registered for %2: first reply by %3, resolved by %4.</source>
        <translation>已为 %2 登记投诉 %1：首次答复期限 %3，处理完成期限 %4。</translation>
    </message>
    <message>
        <source>%1 is closed: the customer is satisfied.</source>
        <translation>%1 已结案：客户满意。</translation>
    </message>
    <message>
        <source>Logged on %1; it stays open (resolve by %2).</source>
        <translation>已记录到 %1；继续处理（完成期限 %2）。</translation>
    </message>
    <message>
        <source>Low score on the follow-up call: %1.</source>
        <translation>回访评分偏低：%1。</translation>
    </message>
    <message>
        <source>manager&apos;s</source>
        <translation>经理处理</translation>
    </message>
</context>
<context>
    <name>dd::Credentials</name>
    <message>
        <source>Enter a sign-in name.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>The sign-in name &quot;%1&quot; must be 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, without spaces.</source>
        <translation>登录名“%1”须为 2 到 32 个字母、数字、“.”、“_”或“-”，不能有空格。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name; it is printed on forms.</source>
        <translation>请输入姓名；姓名会打印在单据上。</translation>
    </message>
    <message>
        <source>The full name is longer than 60 characters.</source>
        <translation>姓名超过 60 个字符。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password must not be the sign-in name.</source>
        <translation>密码不能与登录名相同。</translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>密码不能以空格开头或结尾。</translation>
    </message>
</context>
<context>
    <name>dd::Csv</name>
    <message>
        <source>line %1, byte %2 of the file (%3)</source>
        <translation>文件第 %1 行、第 %2 字节（%3）</translation>
    </message>
    <message>
        <source>The file is UTF-16 (&quot;Unicode text&quot;). Save it as CSV in UTF-8 (in Excel: CSV UTF-8) and import it again.</source>
        <translation>该文件是 UTF-16（&quot;Unicode 文本&quot;）。请将其另存为 UTF-8 编码的 CSV（在 Excel 中：CSV UTF-8），然后重新导入。</translation>
    </message>
    <message>
        <source>The file says it is UTF-8, but it is damaged at %1. Nothing was imported; save the file again as CSV UTF-8 and import it again.</source>
        <translation>该文件声明为 UTF-8，但在%1处已损坏。未导入任何内容；请将文件重新另存为 CSV UTF-8 后再导入。</translation>
    </message>
    <message>
        <source>The file is UTF-8, but it is damaged at %1. Nothing was imported; save the file again as CSV UTF-8 and import it again.</source>
        <translation>该文件是 UTF-8，但在%1处已损坏。未导入任何内容；请将文件重新另存为 CSV UTF-8 后再导入。</translation>
    </message>
    <message>
        <source>The file reads as %1 text, but it is damaged at %2. Nothing was imported; save the file again as CSV UTF-8 and import it again.</source>
        <translation>该文件按 %1 文本读取，但在%2处已损坏。未导入任何内容；请将文件重新另存为 CSV UTF-8 后再导入。</translation>
    </message>
    <message>
        <source>The file is not text in UTF-8, GB18030 (GBK) or Big5: the first bytes that fit none of them are at %1. Nothing was imported; save the file as CSV UTF-8 and import it again.</source>
        <translation>该文件不是 UTF-8、GB18030（GBK）或 Big5 文本：第一处都不符合的字节在%1。未导入任何内容；请将文件另存为 CSV UTF-8 后再导入。</translation>
    </message>
</context>
<context>
    <name>dd::CustomerRules</name>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters; this one has %1.</source>
        <translation>居民身份证号有 18 位；此号码有 %1 位。</translation>
    </message>
    <message>
        <source>The first 17 characters of a resident ID number are digits; character %1 is &quot;%2&quot;.</source>
        <translation>身份证号前 17 位是数字；第 %1 位是“%2”。</translation>
    </message>
    <message>
        <source>The ID number&apos;s last character should be %1; please check it against the ID card.</source>
        <translation>身份证号最后一位应为 %1，请与身份证核对。</translation>
    </message>
    <message>
        <source>The customer&apos;s name is empty.</source>
        <translation>客户姓名为空。</translation>
    </message>
    <message>
        <source>The customer&apos;s name is longer than 100 characters.</source>
        <translation>客户姓名超过 100 个字符。</translation>
    </message>
    <message>
        <source>The phone number %1 is entered twice.</source>
        <translation>电话号码 %1 重复输入。</translation>
    </message>
    <message>
        <source>Enter at least one phone number so the shop can reach the customer.</source>
        <translation>请至少输入一个电话号码，以便联系客户。</translation>
    </message>
    <message>
        <source>Choose how the customer prefers to be contacted.</source>
        <translation>请选择客户希望的联系方式。</translation>
    </message>
    <message>
        <source>A company that settles on account needs its tax number for the invoices.</source>
        <translation>挂账结算的单位需要税号用于开票。</translation>
    </message>
    <message>
        <source>A contact person has no name.</source>
        <translation>联系人没有姓名。</translation>
    </message>
    <message>
        <source>Contact %1: %2</source>
        <translation>联系人 %1：%2</translation>
    </message>
    <message>
        <source>The credit limit is not an amount: enter what may stand open on the account, e.g. 50000.</source>
        <translation>挂账额度不是有效金额：请输入可挂账的金额，例如 50000。</translation>
    </message>
</context>
<context>
    <name>dd::CustomerStore</name>
    <message>
        <source>The customer %1 no longer exists.</source>
        <translation>客户 %1 已不存在。</translation>
    </message>
    <message>
        <source>The customer %1</source>
        <translation>客户 %1</translation>
    </message>
</context>
<context>
    <name>dd::DamageMarkDialog</name>
    <message>
        <source>Damage mark %1 (new this visit)</source>
        <translation>损伤标记 %1（本次新发现）</translation>
    </message>
    <message>
        <source>New damage mark</source>
        <translation>新损伤标记</translation>
    </message>
    <message>
        <source>New this visit</source>
        <translation>本次新发现</translation>
    </message>
    <message>
        <source>Damage mark %1 (from an earlier visit)</source>
        <translation>损伤标记 %1（以往到店记录）</translation>
    </message>
    <message>
        <source>At visit %1 on %2</source>
        <translation>%2 到店（%1）时记录</translation>
    </message>
    <message>
        <source>Add photos of the damage</source>
        <translation>添加损伤照片</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>A mark keeps at most %1 photos.</source>
        <translation>每个标记最多保存 %1 张照片。</translation>
    </message>
    <message>
        <source>Not a picture this computer can read: %1. Take the photo again or save it as JPEG or PNG.</source>
        <translation>本机无法读取的图片：%1。请重新拍摄，或另存为 JPEG 或 PNG。</translation>
    </message>
</context>
<context>
    <name>dd::Database</name>
    <message>
        <source>The Qt %1 database driver is not installed (Debian package %2).</source>
        <translation>未安装 Qt %1 数据库驱动（Debian 软件包 %2）。</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation>无法打开数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server at %1. Check that the server is running, the address, user and password are right, and this PC may connect; then retry.</source>
        <translation>无法连接 %1 上的 PostgreSQL 服务器。请检查服务器是否运行、地址、用户和密码是否正确、本机是否允许连接，然后重试。</translation>
    </message>
    <message>
        <source>The database file %1 cannot use write-ahead logging (journal mode stays &quot;%2&quot;). Keep the file on a local disk, not on a network share.</source>
        <translation>数据库文件 %1 无法使用预写日志（日志模式仍为“%2”）。请把文件放在本地磁盘上，不要放在网络共享中。</translation>
    </message>
    <message>
        <source>%1 holds a database of another program, not a DealerDesk database. It was left untouched; choose another file or an empty database.</source>
        <translation>%1 是其他程序的数据库，不是 DealerDesk 数据库。未对其做任何改动；请选择其他文件或空数据库。</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this DealerDesk knows versions up to %3. It was left untouched; install the newer DealerDesk that wrote it.</source>
        <translation>数据库 %1 的结构版本为 %2，而本 DealerDesk 最高只支持版本 %3。未对其做任何改动；请安装写入该数据库的较新版本 DealerDesk。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it or choose another place for the database.</source>
        <translation>文件夹 %1 不存在；请创建它或为数据库选择其他位置。</translation>
    </message>
    <message>
        <source>The folder %1 is not writable, so the database cannot be created there.</source>
        <translation>文件夹 %1 不可写入，无法在此创建数据库。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <source>%1 is not a database file. It was left untouched; choose a DealerDesk database file.</source>
        <translation>%1 不是数据库文件。未对其做任何改动；请选择 DealerDesk 数据库文件。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Check its permissions.</source>
        <translation>数据库文件 %1 为只读。请检查其权限。</translation>
    </message>
    <message>
        <source>%1 could not be read as a database (%2). It was left untouched.</source>
        <translation>%1 无法作为数据库读取（%2）。未对其做任何改动。</translation>
    </message>
    <message>
        <source>Cannot read the database file %1. Check its permissions.</source>
        <translation>无法读取数据库文件 %1。请检查其权限。</translation>
    </message>
    <message>
        <source>The folder %1 that holds the database is read-only. SQLite writes its journal (%2-wal) beside the database, so nothing can be saved. Make the folder writable for this user, or move the database to a writable folder.</source>
        <translation>存放数据库的文件夹 %1 是只读的。SQLite 需要在数据库旁写入日志文件（%2-wal），因此无法保存任何内容。请让该用户可写入此文件夹，或将数据库移到可写的文件夹。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged. DealerDesk writes nothing more to it, so nothing else is lost. Close DealerDesk on every PC; rename the damaged file (keep it for the technician); copy your latest backup (from Backup… or &quot;dealerdesk backup&quot;, or the copy kept before an upgrade, %2) to %1; then start DealerDesk again. &quot;dealerdesk --db %1 check&quot; lists what is damaged.</source>
        <translation>数据库文件 %1 已损坏。DealerDesk 不再向其写入任何内容，因此不会再丢失数据。请关闭所有电脑上的 DealerDesk；将损坏的文件改名（留给技术人员）；把最近的备份（来自&quot;备份…&quot;或 &quot;dealerdesk backup&quot;，或升级前保留的副本 %2）复制为 %1；然后重新启动 DealerDesk。&quot;dealerdesk --db %1 check&quot; 可列出损坏之处。</translation>
    </message>
    <message>
        <source>The disk that holds the database %1 is full. Nothing of this change was saved; free some space on that disk (old files, backups kept elsewhere) and try again.</source>
        <translation>存放数据库 %1 的磁盘已满。此次更改的内容均未保存；请释放该磁盘的空间（旧文件、另处保存的备份）后再试。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only, so nothing can be saved. Check its permissions.</source>
        <translation>数据库文件 %1 是只读的，无法保存任何内容。请检查其权限。</translation>
    </message>
    <message>
        <source>Cannot open the database file %1. Check that the disk is there and that this user may read and write the file.</source>
        <translation>无法打开数据库文件 %1。请检查磁盘是否存在，以及该用户能否读写此文件。</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseCheck</name>
    <message>
        <source>Database check: the PostgreSQL server keeps the pages; check it there (pg_amcheck).</source>
        <translation>数据库检查：PostgreSQL 服务器自行管理数据页；请在服务器上检查（pg_amcheck）。</translation>
    </message>
    <message>
        <source>Database check: running in the background…</source>
        <translation>数据库检查：正在后台运行…</translation>
    </message>
    <message>
        <source>Database check: not run yet; it runs once a day in the background.</source>
        <translation>数据库检查：尚未运行；每天在后台运行一次。</translation>
    </message>
    <message>
        <source>Database check on %1: the database file is DAMAGED (%2). Restore the latest backup.</source>
        <translation>%1 的数据库检查：数据库文件已损坏（%2）。请恢复最近的备份。</translation>
    </message>
    <message>
        <source>Database check on %1: no damage found (every page and index, %2 s).</source>
        <translation>%1 的数据库检查：未发现损坏（每个页面和索引，%2 秒）。</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseDialog</name>
    <message>
        <source>Now: %1 - %2</source>
        <translation>当前：%1 - %2</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>DealerDesk database (*.db)</source>
        <translation>DealerDesk 数据库 (*.db)</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL server&apos;s name or address.</source>
        <translation>请输入 PostgreSQL 服务器的名称或地址。</translation>
    </message>
    <message>
        <source>Usable: a new or empty database; DealerDesk will set it up at the next start.</source>
        <translation>可以使用：这是新的或空的数据库；DealerDesk 会在下次启动时进行初始化。</translation>
    </message>
    <message>
        <source>Usable: a DealerDesk database (schema version %1); it will be upgraded to %2 at the next start.</source>
        <translation>可以使用：DealerDesk 数据库（结构版本 %1）；下次启动时将升级到 %2。</translation>
    </message>
    <message>
        <source>Usable: a DealerDesk database (schema version %1).</source>
        <translation>可以使用：DealerDesk 数据库（结构版本 %1）。</translation>
    </message>
</context>
<context>
    <name>dd::DayCloseDialog</name>
    <message>
        <source>Cashier</source>
        <translation>结算员</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Export the day close</source>
        <translation>导出日结</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>日结关账</translation>
    </message>
    <message>
        <source>Close %1? A day is closed once; settlements made after it belong to the next day.</source>
        <translation>关账 %1？每天只能关账一次；之后的结算计入下一天。</translation>
    </message>
    <message>
        <source>Closed by %1 at %2.</source>
        <translation>已由%1于 %2 关账。</translation>
    </message>
    <message>
        <source>Not closed yet.</source>
        <translation>尚未关账。</translation>
    </message>
    <message>
        <source>%1 settlements, %2 reversals (%3). Collected &lt;b&gt;%4&lt;/b&gt;; new receivables &lt;b&gt;%5&lt;/b&gt;. %6</source>
        <translation>结算 %1 笔，冲红 %2 笔（%3）。实收 &lt;b&gt;%4&lt;/b&gt;；新增应收 &lt;b&gt;%5&lt;/b&gt;。%6</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>%1 is closed. Print the report for the cash count.</source>
        <translation>%1 已关账。请打印日结报表用于点钞核对。</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) ready for settlement and not settled: %1</source>
        <translation>
            <numerusform>%n 辆车待结算但尚未结算：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>within the cashier&apos;s limit</source>
        <translation>收银员权限内</translation>
    </message>
    <message>
        <source>Discounts given: none.</source>
        <translation>当日折扣：无。</translation>
    </message>
    <message>
        <source>Discounts given, and who approved them: %1 in all</source>
        <translation>当日折扣及批准人：共 %1</translation>
    </message>
    <message>
        <source>%1: %2 handed over to %3, counted %4</source>
        <translation>%1：%2 交班给 %3，实点 %4</translation>
    </message>
    <message>
        <source>%1: day close by %2, counted %3</source>
        <translation>%1：%2 日结，实点 %3</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>长款 %1</translation>
    </message>
    <message>
        <source>short %1</source>
        <translation>短款 %1</translation>
    </message>
    <message>
        <source>count the drawer and enter the amount</source>
        <translation>请盘点钱箱并输入金额</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; enter e.g. 1250.00</source>
        <translation>“%1”不是金额，请输入例如 1250.00</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>over %1: say why</source>
        <translation>长款 %1：请注明原因</translation>
    </message>
    <message>
        <source>short %1: say why</source>
        <translation>短款 %1：请注明原因</translation>
    </message>
    <message>
        <source>Count the drawer first and enter the amount (%1 expected).</source>
        <translation>请先盘点钱箱并输入金额（应有 %1）。</translation>
    </message>
    <message>
        <source>Hand over the shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Who takes the cashier&apos;s desk over?</source>
        <translation>由谁接班收银？</translation>
    </message>
    <message>
        <source>Handed over to %1. The drawer is counted again at the day close.</source>
        <translation>已交班给 %1。日结时将再次盘点钱箱。</translation>
    </message>
    <message>
        <source>Count the drawer and enter the amount (%1 expected) before closing the day.</source>
        <translation>日结前请盘点钱箱并输入金额（应有 %1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) are ready for settlement and not settled: %1. They will be settled on the next day.</source>
        <translation>
            <numerusform>%n 辆车待结算但尚未结算：%1。它们将计入下一个营业日。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::DayTimeline</name>
    <message>
        <source>Timeline of the day by advisor and bay</source>
        <translation>当日按顾问和工位的时间轴</translation>
    </message>
    <message>
        <source>(any advisor)</source>
        <translation>（不指定顾问）</translation>
    </message>
    <message>
        <source>(no bay yet)</source>
        <translation>（暂不指定工位）</translation>
    </message>
    <message>
        <source>Advisors</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Advisor: %1 · Bay: %2</source>
        <translation>服务顾问：%1 · 工位：%2</translation>
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
        <translation>迟到 %1 分钟</translation>
    </message>
    <message>
        <source>no-show: not here %1 min after the time</source>
        <translation>爽约：超过预约时间 %1 分钟未到</translation>
    </message>
    <message>
        <source>Overbooked: overlaps another appointment of the same advisor or bay.</source>
        <translation>超额预约：与同一服务顾问或工位的其他预约时间重叠。</translation>
    </message>
    <message>
        <source>%1 is free %2–%3</source>
        <translation>%1 空闲 %2–%3</translation>
    </message>
    <message>
        <source>The workshop is closed on this day.</source>
        <translation>车间当天休息。</translation>
    </message>
    <message>
        <source>Bays</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>No advisors or bays yet.</source>
        <translation>尚无服务顾问或工位。</translation>
    </message>
</context>
<context>
    <name>dd::DbTargets</name>
    <message>
        <source>No database given: pass a file path or a postgresql:// address.</source>
        <translation>未指定数据库：请提供文件路径或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported database address; use a file path for SQLite or postgresql://user@host:port/dbname.</source>
        <translation>“%1”不是支持的数据库地址；SQLite 请使用文件路径，PostgreSQL 请使用 postgresql://user@host:port/dbname。</translation>
    </message>
    <message>
        <source>The PostgreSQL address &quot;%1&quot; cannot be read: %2</source>
        <translation>无法解析 PostgreSQL 地址“%1”：%2</translation>
    </message>
    <message>
        <source>The PostgreSQL address &quot;%1&quot; names no database; end it with /dbname, e.g. postgresql://dealerdesk@192.168.1.10:5432/dealerdesk.</source>
        <translation>PostgreSQL 地址“%1”没有指定数据库；请以 /dbname 结尾，例如 postgresql://dealerdesk@192.168.1.10:5432/dealerdesk。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; give the path of a database file inside it, e.g. %2.</source>
        <translation>“%1”是文件夹；请提供其中数据库文件的路径，例如 %2。</translation>
    </message>
</context>
<context>
    <name>dd::DealershipRules</name>
    <message>
        <source>1. Please take your valuables with you; the shop is not liable for valuables left in the vehicle.
2. Replaced parts belong to the customer and are returned on request.
3. Additional work is only carried out with the customer&apos;s prior consent.
4. Customer-supplied parts carry no quality guarantee from the shop.</source>
        <translation>1. 请随身带走贵重物品；本店对留在车内的贵重物品不承担责任。
2. 更换下的旧件归客户所有，客户要求时予以返还。
3. 追加维修项目须事先征得客户同意后方可施工。
4. 客户自带配件，本店不提供质量保证。</translation>
    </message>
    <message>
        <source>The dealership name is empty; it is printed on every form.</source>
        <translation>经销店名称为空；该名称会打印在每张单据上。</translation>
    </message>
    <message>
        <source>The dealership name is longer than 120 characters.</source>
        <translation>经销店名称超过 120 个字符。</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 % and 100 %.</source>
        <translation>增值税率必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The VAT rate is %1 %; repair services and parts are normally taxed at 13 %.</source>
        <translation>增值税率为 %1%；维修服务和配件通常按 13% 征税。</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; may only hold digits, spaces, +, - and brackets.</source>
        <translation>电话号码“%1”只能包含数字、空格、+、- 和括号。</translation>
    </message>
    <message>
        <source>%1 and %2 use the same prefix &quot;%3&quot;; each kind of document needs its own.</source>
        <translation>%1和%2使用了相同的前缀“%3”；每种单据需要各自的前缀。</translation>
    </message>
    <message>
        <source>The logo is larger than 512 KB; choose a smaller image.</source>
        <translation>标志图片超过 512 KB；请选择较小的图片。</translation>
    </message>
    <message>
        <source>Labor rate code &quot;%1&quot;: use 1 to 12 capital letters, digits, - or _.</source>
        <translation>工时单价代码“%1”：请使用 1 到 12 个大写字母、数字、- 或 _。</translation>
    </message>
    <message>
        <source>Labor rate %1 has no name.</source>
        <translation>工时单价 %1 没有名称。</translation>
    </message>
    <message>
        <source>Labor rate %1 must be more than 0.00 per hour.</source>
        <translation>工时单价 %1 必须大于每小时 0.00。</translation>
    </message>
    <message>
        <source>The tax number has %1 characters; a unified social credit code has 18.</source>
        <translation>税号有 %1 位；统一社会信用代码为 18 位。</translation>
    </message>
    <message>
        <source>The tax number holds &quot;%1&quot; at position %2; only digits and capital letters other than I, O, Z, S and V are used.</source>
        <translation>税号第 %2 位是“%1”；只能使用数字和除 I、O、Z、S、V 以外的大写字母。</translation>
    </message>
    <message>
        <source>The tax number&apos;s last character should be %1; check the number for a typing error.</source>
        <translation>税号最后一位应为 %1；请检查是否输入有误。</translation>
    </message>
    <message>
        <source>Locking idle PCs takes 1 to 240 minutes, or 0 for never.</source>
        <translation>空闲自动锁定时间须为 1 到 240 分钟，或 0 表示从不。</translation>
    </message>
    <message>
        <source>The time to greet an arriving customer must be between 30 seconds and 30 minutes.</source>
        <translation>到店接待时限须在 30 秒到 30 分钟之间。</translation>
    </message>
    <message>
        <source>The time a finding may wait for the customer&apos;s decision must be between 1 and 240 minutes.</source>
        <translation>增修等待客户决定的时间必须在 1 到 240 分钟之间。</translation>
    </message>
    <message>
        <source>The discount a role may grant alone must be between 0 and 100 %.</source>
        <translation>各角色可自行给予的折扣必须在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>The maintenance interval must be between 500 and 50,000 km.</source>
        <translation>保养间隔必须在 500 到 50,000 公里之间。</translation>
    </message>
    <message>
        <source>The maintenance interval must be between 1 and 24 months.</source>
        <translation>保养间隔必须在 1 到 24 个月之间。</translation>
    </message>
    <message>
        <source>The workshop must open before it closes (for example 08:30 to 18:00).</source>
        <translation>车间的开门时间必须早于关门时间（例如 08:30 至 18:00）。</translation>
    </message>
    <message>
        <source>The workshop is open for less than 2 hours a day; check its opening and closing times.</source>
        <translation>车间每天营业不足 2 小时，请检查开门和关门时间。</translation>
    </message>
    <message>
        <source>The workshop cannot be closed on every day of the week.</source>
        <translation>车间不能一周七天都休息。</translation>
    </message>
    <message>
        <source>A late booking becomes a no-show after 5 to 240 minutes.</source>
        <translation>迟到的预约须在 5 至 240 分钟后判定为爽约。</translation>
    </message>
    <message>
        <source>The guarantee for %1 may not be less than the legal %L2 km and %3 days.</source>
        <translation>%1的质量保证期不得低于法定的 %L2 公里和 %3 天。</translation>
    </message>
    <message>
        <source>The guarantee for %1 is longer than 500,000 km or 10 years; check the figures.</source>
        <translation>%1的质量保证期超过 500,000 公里或 10 年，请检查数字。</translation>
    </message>
    <message>
        <source>The message text is longer than 500 characters; an SMS platform splits or refuses it.</source>
        <translation>信息内容超过 500 个字符；短信平台会拆分或拒发。</translation>
    </message>
</context>
<context>
    <name>dd::DealershipSettingsDialog</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Rate per hour</source>
        <translation>每小时单价</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>无法将 %1 读取为图片：%2</translation>
    </message>
    <message>
        <source>The VAT rate &quot;%1&quot; is not a percentage between 0 and 100, e.g. 13.</source>
        <translation>增值税率“%1”不是 0 到 100 之间的百分数，例如 13。</translation>
    </message>
    <message>
        <source>Labor rate %1: &quot;%2&quot; is not an amount; enter e.g. 180.00.</source>
        <translation>工时单价 %1：“%2”不是金额；请输入例如 180.00。</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>仍要保存吗？</translation>
    </message>
    <message>
        <source>Save these settings anyway?</source>
        <translation>仍要保存这些设置吗？</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>The discount limit &quot;%1&quot; is not a percentage between 0 and 100, e.g. 5.</source>
        <translation>折扣上限“%1”不是 0 到 100 之间的百分比，例如 5。</translation>
    </message>
    <message>
        <source>the first by code</source>
        <translation>按代码排第一的费率</translation>
    </message>
    <message>
        <source>%L1 km, %2 days</source>
        <translation>%L1 公里，%2 天</translation>
    </message>
    <message>
        <source>Examples: %1, %2, %3, %4, %5</source>
        <translation>示例：%1、%2、%3、%4、%5</translation>
    </message>
</context>
<context>
    <name>dd::DealershipStore</name>
    <message>
        <source>The dealership settings are missing from the database.</source>
        <translation>数据库中缺少经销店设置。</translation>
    </message>
    <message>
        <source>The dealership settings</source>
        <translation>经销店设置</translation>
    </message>
    <message>
        <source>A labor rate with the code %1 already exists.</source>
        <translation>代码为 %1 的工时单价已存在。</translation>
    </message>
    <message>
        <source>Labor rate %1</source>
        <translation>工时单价 %1</translation>
    </message>
    <message>
        <source>The default labor rate %1 is not an active labor rate; choose another one.</source>
        <translation>默认工时费率 %1 不是启用中的费率，请另选一个。</translation>
    </message>
</context>
<context>
    <name>dd::DecisionDialog</name>
    <message>
        <source>The customer&apos;s decision: %1</source>
        <translation>客户决定：%1</translation>
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
        <translation>不在保修范围：%1</translation>
    </message>
    <message>
        <source>Extra time: %1 min; new promised time %2</source>
        <translation>增加时间：%1 分钟；新的承诺交车时间 %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
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
        <translation>请选择…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2027-03-01.</source>
        <translation>“%1”不是日期，请写成 2027-03-01 的格式。</translation>
    </message>
    <message>
        <source>Owner: %1; brought in by %2</source>
        <translation>车主：%1；送修人：%2</translation>
    </message>
</context>
<context>
    <name>dd::DeliveryDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
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
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reason / new promise</source>
        <translation>原因 / 新承诺时间</translation>
    </message>
    <message>
        <source>new promise %1</source>
        <translation>新承诺时间 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>promised %1, tell the customer by &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>承诺 %1，须在 &lt;b&gt;%2&lt;/b&gt; 前通知客户</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>已于 %1 交车</translation>
    </message>
    <message>
        <source>Pickup checklist (after settlement at the cashier desk)</source>
        <translation>交车核对（在结算台结算后）</translation>
    </message>
    <message>
        <source>Logged: %1 by %2.</source>
        <translation>已记录：%1，通过%2。</translation>
    </message>
    <message>
        <source>Delivered at %1.</source>
        <translation>已于 %1 交车。</translation>
    </message>
    <message>
        <source>The odometer &quot;%1&quot; is not a number of km; type it as on the dashboard, e.g. 52360, or leave it empty.</source>
        <translation>里程“%1”不是公里数；请按仪表显示输入，例如 52360，或留空。</translation>
    </message>
    <message>
        <source>the customer signed the pickup on screen</source>
        <translation>客户已在屏幕上签字确认提车</translation>
    </message>
    <message>
        <source>the pickup was neither signed nor printed</source>
        <translation>提车确认既未签字也未打印</translation>
    </message>
    <message>
        <source>Delivered at %1; %2.</source>
        <translation>已于 %1 交车；%2。</translation>
    </message>
    <message>
        <source>the release notice was printed or saved for the customer&apos;s signature</source>
        <translation>出厂通知单已打印或保存，交客户签字</translation>
    </message>
    <message>
        <source>the release notice signed earlier stands</source>
        <translation>此前已签字的出厂通知单仍然有效</translation>
    </message>
</context>
<context>
    <name>dd::DeliveryRules</name>
    <message>
        <source>Car ready</source>
        <translation>车辆已完工</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延误</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Belongings returned and checked with the customer</source>
        <translation>随车物品已与客户核对并交还</translation>
    </message>
    <message>
        <source>Keys handed over</source>
        <translation>钥匙已交付</translation>
    </message>
    <message>
        <source>Old parts handed over or their waiver signed</source>
        <translation>旧件已交付或客户已签字放弃</translation>
    </message>
    <message>
        <source>Documents returned (licence, service book, statement)</source>
        <translation>证件资料已交还（行驶证、保养手册、结算单）</translation>
    </message>
</context>
<context>
    <name>dd::DeliveryStore</name>
    <message>
        <source>Unknown kind of notification &quot;%1&quot;.</source>
        <translation>未知的通知类型“%1”。</translation>
    </message>
    <message>
        <source>Say how the customer was told (phone, text message, WeChat or in person).</source>
        <translation>请说明通知客户的方式（电话、短信、微信或当面）。</translation>
    </message>
    <message>
        <source>A delay notification needs the reason given to the customer.</source>
        <translation>延误通知须填写告知客户的原因。</translation>
    </message>
    <message>
        <source>The new promised time must be later than now.</source>
        <translation>新的承诺时间必须晚于现在。</translation>
    </message>
    <message>
        <source>Work order %1 is %2; there is nobody to notify.</source>
        <translation>工单 %1 当前为%2，无需通知客户。</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>工单 %1</translation>
    </message>
</context>
<context>
    <name>dd::Demo</name>
    <message>
        <source>The demo dealership is already loaded.</source>
        <translation>演示经销店已载入。</translation>
    </message>
    <message>
        <source>This database already holds a dealership&apos;s staff; the demo only goes into an empty database.</source>
        <translation>该数据库已有经销店员工；演示数据只能载入空数据库。</translation>
    </message>
    <message>
        <source>Dealership: %1</source>
        <translation>经销店：%1</translation>
    </message>
    <message>
        <source>Labor rates: %1</source>
        <translation>工时单价：%1 个</translation>
    </message>
    <message>
        <source>Staff: %1, without passwords; an administrator sets them under Users.</source>
        <translation>员工：%1 名，尚无密码；由管理员在“用户”中设置。</translation>
    </message>
    <message>
        <source>Customers: %1 people and %2 companies</source>
        <translation>客户：%1 位个人、%2 家单位</translation>
    </message>
    <message>
        <source>Vehicles: %1 (%2 European VINs without a check digit)</source>
        <translation>车辆：%1 辆（其中 %2 个欧洲 VIN 无校验位）</translation>
    </message>
    <message>
        <source>Past visits: %1</source>
        <translation>历史来店：%1 次</translation>
    </message>
    <message>
        <source>Appointments today and tomorrow: %1</source>
        <translation>今明两天预约：%1 个</translation>
    </message>
    <message>
        <source>At the counter now: 3 arrivals, work order %1 in draft</source>
        <translation>前台现有：3 辆到店车辆，工单 %1 为草稿</translation>
    </message>
    <message>
        <source>Inspections: %1 earlier ones with damage marks, %2 completed this morning, %3 under way</source>
        <translation>环车检查：以往 %1 次（有损伤标记），今天上午完成 %2 次，进行中 %3 次</translation>
    </message>
    <message>
        <source>The demo catalog %1 is missing from the program.</source>
        <translation>程序中缺少演示价目表 %1。</translation>
    </message>
    <message>
        <source>The demo catalog %1 has rejected rows: %2</source>
        <translation>演示价目表 %1 中有被拒绝的行：%2</translation>
    </message>
    <message>
        <source>Catalogs: %1 labor operation rows, %2 parts, %3 canned-job rows (the CSV files in db/demo).</source>
        <translation>价目表：工时项目 %1 行，配件 %2 个，套餐 %3 行（db/demo 中的 CSV 文件）。</translation>
    </message>
    <message>
        <source>Cashier: 4 settlements (split payment, a manager-approved discount, a reversal and its new settlement), 2 cars delivered, 1 waiting for pickup</source>
        <translation>结算台：4 笔结算（组合收款、经理批准的折扣、一笔冲红及重新结算），2 辆车已交车，1 辆待取车</translation>
    </message>
    <message>
        <source>Workshop: %1 work orders from authorized to ready for settlement, one cancelled with its reason, %2 add-on finding decided, %3 waiting for the customer</source>
        <translation>车间：%1 张工单，从已授权到待结算，一张已取消（附原因），%2 项增修已决定，%3 项等待客户确认</translation>
    </message>
    <message>
        <source>Complaints: 3 (one closed with the customer satisfied, one overdue with the service manager, one major open)</source>
        <translation>投诉：3 件（1 件已结案且客户满意，1 件逾期已转服务经理，1 件重大投诉处理中）</translation>
    </message>
</context>
<context>
    <name>dd::DispatchBoardPage</name>
    <message>
        <source>Promised</source>
        <translation>承诺交车</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>维修技师</translation>
    </message>
    <message>
        <source>Bay</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交车间</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划工时</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Red: promised time passed. Amber: 75 % of the planned time has run; ask the workshop whether the promise holds. Enter opens the work order.</source>
        <translation>红色：已过承诺交车时间。黄色：计划工时已过 75%，请向车间确认能否按时交车。按回车打开工单。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) waiting</source>
        <translation>
            <numerusform>%n 个增修待确认</numerusform>
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
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>check progress</source>
        <translation>确认进度</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n job(s), %2 h</source>
        <translation>
            <numerusform>%1：%n 个工单，%2 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work order(s) in the workshop</source>
        <translation>
            <numerusform>车间在修工单 %n 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the promised time</source>
        <translation>
            <numerusform>%n 张已过承诺时间</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress check(s) due</source>
        <translation>
            <numerusform>%n 张需确认进度</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation>通知客户</translation>
    </message>
    <message>
        <source>delay due</source>
        <translation>须告知延误</translation>
    </message>
    <message>
        <source>Open the selected work order</source>
        <translation>打开所选工单</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>车间调度</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 张</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::DocumentNumbers</name>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>The document number prefix is empty; enter 1 to 6 capital letters or digits, e.g. WO.</source>
        <translation>单据编号前缀为空；请输入 1 到 6 个大写字母或数字，例如 WO。</translation>
    </message>
    <message>
        <source>The document number prefix &quot;%1&quot; may only hold 1 to 6 capital letters (A-Z) or digits and must start with a letter.</source>
        <translation>单据编号前缀“%1”只能包含 1 到 6 个大写字母（A-Z）或数字，并且必须以字母开头。</translation>
    </message>
    <message>
        <source>Completion certificate</source>
        <translation>竣工出厂合格证</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉单</translation>
    </message>
</context>
<context>
    <name>dd::DocumentService</name>
    <message>
        <source>There is no form &quot;%1&quot;. Forms: %2.</source>
        <translation>没有表单“%1”。可用表单：%2。</translation>
    </message>
    <message>
        <source>That printed document is no longer on record.</source>
        <translation>该打印记录已不存在。</translation>
    </message>
    <message>
        <source>The stored copy of %1 %2 is damaged and cannot be reprinted.</source>
        <translation>%1 %2 的存档副本已损坏，无法补打。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another place for the PDF.</source>
        <translation>文件夹 %1 不存在，请为 PDF 选择其他位置。</translation>
    </message>
    <message>
        <source>There is no printer named &quot;%1&quot;; no printer is installed on this computer.</source>
        <translation>没有名为“%1”的打印机；本机未安装任何打印机。</translation>
    </message>
    <message>
        <source>There is no printer named &quot;%1&quot;. Installed printers: %2.</source>
        <translation>没有名为“%1”的打印机。已安装的打印机：%2。</translation>
    </message>
    <message>
        <source>Choose a printer or a PDF file.</source>
        <translation>请选择打印机或 PDF 文件。</translation>
    </message>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation>没有表单“%1”。</translation>
    </message>
    <message>
        <source>The %1 is not signed on screen; print it for the customer&apos;s signature.</source>
        <translation>%1不在屏幕上签名；请打印后由客户签字。</translation>
    </message>
    <message>
        <source>Enter the name of the person signing.</source>
        <translation>请输入签名人的姓名。</translation>
    </message>
    <message>
        <source>There is no signature yet: the customer signs on the pad first.</source>
        <translation>还没有签名：请客户先在签名区签名。</translation>
    </message>
    <message>
        <source>Unknown signature device &quot;%1&quot;.</source>
        <translation>未知的签名设备“%1”。</translation>
    </message>
    <message>
        <source>%1 %2 changed after it was shown to the customer, so it was not signed. Look at it again with the customer, then ask for the signature again.</source>
        <translation>%1 %2 在给客户看过之后已被修改，因此未签名。请与客户重新核对后再请客户签名。</translation>
    </message>
</context>
<context>
    <name>dd::DocumentStore</name>
    <message>
        <source>The database did not return the new record&apos;s number.</source>
        <translation>数据库没有返回新记录的编号。</translation>
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
        <translation>混合动力</translation>
    </message>
    <message>
        <source>Plug-in hybrid</source>
        <translation>插电式混合动力</translation>
    </message>
    <message>
        <source>Battery electric</source>
        <translation>纯电动</translation>
    </message>
    <message>
        <source>Fuel cell</source>
        <translation>燃料电池</translation>
    </message>
</context>
<context>
    <name>dd::FindingDialog</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>not a warranty matter</source>
        <translation>不涉及保修</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Hours / qty</source>
        <translation>工时/数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Total ¥%1 (incl. VAT)</source>
        <translation>合计 ¥%1（含税）</translation>
    </message>
    <message>
        <source>Photos of the finding</source>
        <translation>增修项目的照片</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a picture this computer can read: %1.</source>
        <translation>本机无法读取的图片：%1。</translation>
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
        <translation>该数据库已有经销店数据。</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致；请输入相同的密码。</translation>
    </message>
    <message>
        <source>Enter the dealership&apos;s name; it is printed on every form.</source>
        <translation>请输入经销店名称；该名称会打印在每张单据上。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>设置密码(&amp;S)</translation>
    </message>
    <message>
        <source>Set the administrator&apos;s password</source>
        <translation>设置管理员密码</translation>
    </message>
    <message>
        <source>This database already holds a dealership and its staff, but no administrator can sign in yet. Choose the administrator&apos;s password; DealerDesk has no default password. Then the administrator sets the staff&apos;s passwords under Settings &gt; Users.</source>
        <translation>此数据库已有经销商及其员工，但还没有管理员能够登录。请设置管理员密码；DealerDesk 没有默认密码。之后由管理员在“设置 &gt; 用户”中为员工设置密码。</translation>
    </message>
</context>
<context>
    <name>dd::FirstStart</name>
    <message>
        <source>Enter the dealership&apos;s name; it is printed on every form.</source>
        <translation>请输入经销店名称；该名称会打印在每张单据上。</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>首次启动</translation>
    </message>
    <message>
        <source>This database already has an administrator; sign in instead.</source>
        <translation>该数据库已有管理员；请直接登录。</translation>
    </message>
    <message>
        <source>This database already holds a dealership&apos;s staff; set the administrator&apos;s password instead of creating a new dealership.</source>
        <translation>此数据库已有经销商的员工；请设置管理员密码，而不是新建经销商。</translation>
    </message>
</context>
<context>
    <name>dd::FollowUpCallDialog</name>
    <message>
        <source>%1 (deferred to %2)</source>
        <translation>%1（暂缓至 %2）</translation>
    </message>
    <message>
        <source>%1 (declined)</source>
        <translation>%1（客户拒绝）</translation>
    </message>
    <message>
        <source>Work done: %1. Amount %2. Served by %3; the car left %4.</source>
        <translation>维修项目：%1。金额 %2。服务顾问 %3；交车时间 %4。</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Still open: %1.</source>
        <translation>尚未处理：%1。</translation>
    </message>
    <message>
        <source>Ask how the visit went, and the satisfaction questions.</source>
        <translation>询问此次服务感受，并进行满意度调查。</translation>
    </message>
    <message>
        <source>Ask whether the repair holds; no survey on this call.</source>
        <translation>询问维修效果是否良好；本次不做满意度调查。</translation>
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
        <translation>--due 需要 YYYY-MM-DD 格式的日期，例如 2026-12-07，而不是“%1”</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of %1 written to %2</source>
        <translation>
            <numerusform>%1 的 %n 条信息已写入 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::FollowUpMessageDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was not reached on the %2 about %3: send this instead.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 在关于 %3 的%2中未能联系上：改发以下信息。</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>邮寄地址</translation>
    </message>
    <message>
        <source>mobile number or WeChat ID</source>
        <translation>手机号或微信号</translation>
    </message>
</context>
<context>
    <name>dd::FollowUpPage</name>
    <message>
        <source>On the selected call: log it (reached, no answer, call back …)</source>
        <translation>在所选回访上：登记结果（已联系上、无人接听、稍后回电……）</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up call(s) due, %1 of them overdue</source>
        <translation>
            <numerusform>%n 个回访到期，其中 %1 个已逾期</numerusform>
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
        <translation>回访</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>已拨打</translation>
    </message>
    <message>
        <source>&amp;Calls to make: none this week</source>
        <translation>待回访(&amp;C)：本周没有</translation>
    </message>
    <message>
        <source>&amp;Calls to make: %1 due today, %2 of them overdue; %3 in the week ahead</source>
        <translation>待回访(&amp;C)：今天到期 %1 个，其中逾期 %2 个；未来一周 %3 个</translation>
    </message>
    <message>
        <source>%1 for %2 (%3), served by %4; the car left %5.</source>
        <translation>%2（%3）的%1，服务顾问 %4；交车时间 %5。</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) so far.</source>
        <translation>
            <numerusform>已拨打 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reached after the tries the dealership allows: send a message or a letter instead.</source>
        <translation>按本店规定的次数仍未联系上：请改发信息或信函。</translation>
    </message>
    <message>
        <source>Logged for %1; the call stays on the list (due %2).</source>
        <translation>已为 %1 登记；该回访仍在列表中（到期 %2）。</translation>
    </message>
    <message>
        <source>Logged for %1: %2.</source>
        <translation>已为 %1 登记：%2。</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>客户回访</translation>
    </message>
    <message>
        <source>Between the call queue and the complaints (or Alt+Q, Alt+P)</source>
        <translation>在回访队列和投诉之间切换（或 Alt+Q、Alt+P）</translation>
    </message>
    <message>
        <source>The customer on the selected call complains: register it</source>
        <translation>所选回访的客户有投诉：登记</translation>
    </message>
    <message>
        <source>Complaints: register a new one (counter, phone, letter, hotline, online)</source>
        <translation>投诉：登记新投诉（前台、电话、信函、厂家400、网上）</translation>
    </message>
    <message>
        <source>Complaints: log a step on the selected one (or Enter)</source>
        <translation>投诉：对所选投诉记录处理（或 Enter）</translation>
    </message>
    <message>
        <source>Complaints: print the complaint-handling form</source>
        <translation>投诉：打印客户投诉处理单</translation>
    </message>
    <message>
        <source>Read the calls and complaints again</source>
        <translation>重新读取回访和投诉</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) open, %1 past a deadline</source>
        <translation>
            <numerusform>%n 件投诉处理中，%1 件已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged for %1. The low score opened complaint %2 for the service manager (Alt+P shows it).</source>
        <translation>已为 %1 记录。评分偏低，已为服务经理开立投诉 %2（按 Alt+P 查看）。</translation>
    </message>
    <message>
        <source>A message or a letter instead of a call the customer was not reached on</source>
        <translation>对未联系上的客户改发信息或信函</translation>
    </message>
    <message>
        <source>A %1 to %2 is queued instead of the call; the call counts as done.</source>
        <translation>已为 %2 加入一条%1代替电话；此次回访计为完成。</translation>
    </message>
</context>
<context>
    <name>dd::FollowUpRules</name>
    <message>
        <source>Next-day call</source>
        <translation>次日回访</translation>
    </message>
    <message>
        <source>First call</source>
        <translation>首次回访</translation>
    </message>
    <message>
        <source>Second call</source>
        <translation>二次回访</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Message sent instead</source>
        <translation>已改发信息</translation>
    </message>
    <message>
        <source>Closed without contact</source>
        <translation>未联系上，已关闭</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Asked to be called back</source>
        <translation>要求稍后回电</translation>
    </message>
    <message>
        <source>Refused the call</source>
        <translation>拒绝回访</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
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
        <translation>回访电话</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s hotline</source>
        <translation>厂家400转办</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Repair quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Damage to the car</source>
        <translation>车辆损伤</translation>
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
        <translation>重大（涉及赔偿或客服专员无法解决）</translation>
    </message>
    <message>
        <source>Not called: the customer has not agreed to be called after the visit (PIPL consent).</source>
        <translation>不回访：客户未同意到店后接受回访（个人信息保护法要求的同意）。</translation>
    </message>
    <message>
        <source>%1 served this customer: the dealership asks that a colleague makes the follow-up call.</source>
        <translation>%1 接待了这位客户：本店要求由其他同事进行回访。</translation>
    </message>
    <message>
        <source>This customer has an open complaint: no satisfaction survey until it is closed.</source>
        <translation>该客户有未结投诉：投诉关闭前不做满意度调查。</translation>
    </message>
    <message>
        <source>Surveyed on %1, less than %2 days ago: not asked again yet.</source>
        <translation>%1 已做过调查，距今不足 %2 天：暂不再次调查。</translation>
    </message>
    <message>
        <source>A factor is scored 1 to 10 (0 when not answered), not %1.</source>
        <translation>各项评分为 1 到 10 分（未回答为 0），不能是 %1。</translation>
    </message>
    <message>
        <source>Would they recommend us is scored 0 to 10, not %1.</source>
        <translation>推荐意愿评分为 0 到 10 分，不能是 %1。</translation>
    </message>
    <message>
        <source>A complaint closes after the call-back in which the customer says whether they are satisfied.</source>
        <translation>投诉须在回访中客户表示是否满意后才能关闭。</translation>
    </message>
    <message>
        <source>The customer is not satisfied: the complaint stays open, or goes to the service manager.</source>
        <translation>客户不满意：投诉保持未结，或升级至服务经理。</translation>
    </message>
    <message>
        <source>Not called</source>
        <translation>不回访</translation>
    </message>
    <message>
        <source>Not called: the customer refused an earlier call about this visit.</source>
        <translation>不回访：客户已拒绝此次到店的前一次回访。</translation>
    </message>
    <message>
        <source>Not called: an internal work order, the dealership&apos;s own car.</source>
        <translation>不回访：内部工单，本店自有车辆。</translation>
    </message>
    <message>
        <source>Not called: no phone number on file; add one to the customer to call after the next visit.</source>
        <translation>不回访：没有登记电话号码；请为客户添加号码，以便下次到店后回访。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Closed, customer satisfied</source>
        <translation>已结案，客户满意</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Called the customer</source>
        <translation>已致电客户</translation>
    </message>
    <message>
        <source>Investigated</source>
        <translation>已调查</translation>
    </message>
    <message>
        <source>Comeback work order opened</source>
        <translation>已开返修工单</translation>
    </message>
    <message>
        <source>Goodwill offered</source>
        <translation>已提供善意补偿</translation>
    </message>
    <message>
        <source>Reply given</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>回访确认</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>A complaint is received once, when it is registered.</source>
        <translation>投诉只在登记时受理一次。</translation>
    </message>
    <message>
        <source>The complaint is closed: reopen it first, saying why.</source>
        <translation>该投诉已结案：请先重新打开并说明原因。</translation>
    </message>
    <message>
        <source>The complaint is still open: there is nothing to reopen.</source>
        <translation>该投诉仍在处理中：无需重新打开。</translation>
    </message>
    <message>
        <source>Say why the complaint is reopened.</source>
        <translation>请说明重新打开投诉的原因。</translation>
    </message>
    <message>
        <source>Note what was done or said.</source>
        <translation>请记下所做的事或所说的话。</translation>
    </message>
    <message>
        <source>Choose who takes the complaint over.</source>
        <translation>请选择接手该投诉的人。</translation>
    </message>
    <message>
        <source>That person is already responsible for the complaint.</source>
        <translation>此人已是该投诉的责任人。</translation>
    </message>
    <message>
        <source>Enter the number of the work order opened for it.</source>
        <translation>请输入为此开具的工单号。</translation>
    </message>
    <message>
        <source>Work order %1 has no goodwill line: add a line paid as goodwill to it first.</source>
        <translation>工单 %1 没有善意补偿项目：请先添加一项付费方式为“善意补偿”的项目。</translation>
    </message>
    <message>
        <source>Record whether the customer is satisfied.</source>
        <translation>请记录客户是否满意。</translation>
    </message>
    <message>
        <source>A big job is given by an amount and sold hours of 0 or more (0: not used).</source>
        <translation>大额维修的金额和工时须为 0 或以上（0：不使用）。</translation>
    </message>
    <message>
        <source>The first call falls 2 to 7 days after delivery, not %1.</source>
        <translation>首次回访应在交车后 2 至 7 天，不能是 %1。</translation>
    </message>
    <message>
        <source>The second call comes 1 to 30 days after the first, not %1.</source>
        <translation>二次回访应在首次后 1 至 30 天，不能是 %1。</translation>
    </message>
    <message>
        <source>A call turns into a message after 1 to 10 failed attempts, not %1.</source>
        <translation>拨打失败 1 至 10 次后改发信息，不能是 %1。</translation>
    </message>
    <message>
        <source>A call turns into a message 1 to 30 days after it fell due, not %1.</source>
        <translation>回访到期 1 至 30 天后改发信息，不能是 %1。</translation>
    </message>
    <message>
        <source>The gap between two surveys of a customer is 0 to 365 days, not %1.</source>
        <translation>同一客户两次调查的间隔为 0 至 365 天，不能是 %1。</translation>
    </message>
    <message>
        <source>A low score is 0 to 9 (at or below it a complaint opens), not %1.</source>
        <translation>低分线为 0 至 9（不高于此分即开立投诉），不能是 %1。</translation>
    </message>
    <message>
        <source>A complaint&apos;s deadlines are 1 to 720 hours after it is received, not %1.</source>
        <translation>投诉期限为受理后 1 至 720 小时，不能是 %1。</translation>
    </message>
    <message>
        <source>A complaint&apos;s first reply is due before its resolution, not after.</source>
        <translation>投诉的首次答复期限须早于处理完成期限。</translation>
    </message>
    <message>
        <source>big job from %1 or %2 h</source>
        <translation>大额维修起点 %1 或 %2 小时</translation>
    </message>
    <message>
        <source>first call on day %1, second %2 days later</source>
        <translation>第 %1 天首次回访，%2 天后二次回访</translation>
    </message>
    <message>
        <source>not by the serving advisor</source>
        <translation>不由接待顾问回访</translation>
    </message>
    <message>
        <source>the serving advisor may call</source>
        <translation>接待顾问可亲自回访</translation>
    </message>
    <message>
        <source>a message after %1 failed attempts or %2 days</source>
        <translation>拨打失败 %1 次或 %2 天后改发信息</translation>
    </message>
    <message>
        <source>survey gap %1 days, low score %2</source>
        <translation>调查间隔 %1 天，低分线 %2</translation>
    </message>
    <message>
        <source>complaints: reply %1 h, resolve %2 h; major: %3 h, %4 h</source>
        <translation>投诉：答复 %1 小时，完成 %2 小时；重大：%3 小时，%4 小时</translation>
    </message>
    <message>
        <source>initiation %1, advisor %2, facility %3, pick-up %4, quality %5, recommend %6</source>
        <translation>服务启动 %1，服务顾问 %2，服务设施 %3，交车 %4，服务质量 %5，推荐意愿 %6</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>当前应做</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将到期</translation>
    </message>
</context>
<context>
    <name>dd::FollowUpStore</name>
    <message>
        <source>Follow-up call #%1 does not exist.</source>
        <translation>回访 #%1 不存在。</translation>
    </message>
    <message>
        <source>Follow-up call of %1</source>
        <translation>%1 的回访</translation>
    </message>
    <message>
        <source>%1 is %2: nothing is left to call.</source>
        <translation>%1 状态为“%2”：无需再拨打。</translation>
    </message>
    <message>
        <source>The customer asked to be called back: note when, a time still to come.</source>
        <translation>客户要求稍后回电：请记下回电时间（须为将来的时间）。</translation>
    </message>
    <message>
        <source>%1 has withdrawn the consent to be called after a visit: the call is not made.</source>
        <translation>%1 已撤回接受回访的同意：不再拨打。</translation>
    </message>
    <message>
        <source>This call checks the repair only: no questionnaire.</source>
        <translation>此次回访只确认维修效果：不做问卷。</translation>
    </message>
    <message>
        <source>The questionnaire is answered on a call that reached the customer.</source>
        <translation>问卷只能在联系上客户的通话中填写。</translation>
    </message>
    <message>
        <source>Questionnaire of %1</source>
        <translation>%1 的问卷</translation>
    </message>
    <message>
        <source>%1 is %2: nothing is left to send.</source>
        <translation>%1 已%2：无需再发送。</translation>
    </message>
    <message>
        <source>%1 has withdrawn the consent to be contacted after a visit: nothing is sent.</source>
        <translation>%1 已撤回来店后联系的同意：不发送。</translation>
    </message>
    <message>
        <source>The customer can still be called: a message replaces the call after %1 failed attempts, a wrong number, or %2 days without reaching them.</source>
        <translation>客户仍可致电：拨打失败 %1 次、号码错误或 %2 天未联系上后，才改发信息。</translation>
    </message>
    <message>
        <source>Enter the postal address the letter goes to.</source>
        <translation>请输入信函的邮寄地址。</translation>
    </message>
    <message>
        <source>Enter the number or WeChat ID the message goes to.</source>
        <translation>请输入接收信息的手机号或微信号。</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>信息没有内容。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
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
        <translation>客户</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Message #%1</source>
        <translation>信息 #%1</translation>
    </message>
</context>
<context>
    <name>dd::FormBuilders</name>
    <message>
        <source>To be confirmed</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Waits in the lounge</source>
        <translation>在休息区等候</translation>
    </message>
    <message>
        <source>Leaves the vehicle</source>
        <translation>留车离店</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>未读取</translation>
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
        <translation>里程表读数低于上次记录的 %1 公里，原因：%2</translation>
    </message>
    <message>
        <source>No damage found on the walk-around.</source>
        <translation>环车检查未发现外观损伤。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>损伤</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>本次情况</translation>
    </message>
    <message>
        <source>New this visit</source>
        <translation>本次新发现</translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation>其他：%1</translation>
    </message>
    <message>
        <source>None lit</source>
        <translation>无故障灯亮</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Customer reminded to take valuables</source>
        <translation>已提醒客户带走贵重物品</translation>
    </message>
    <message>
        <source>Old parts: %1</source>
        <translation>旧件：%1</translation>
    </message>
    <message>
        <source>Seat, wheel and floor covers fitted</source>
        <translation>已铺三件套（座椅套、方向盘套、脚垫）</translation>
    </message>
    <message>
        <source>Wash wanted</source>
        <translation>需要洗车</translation>
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
        <translation>维修项目及价格以委托书为准；客户确认前不开工。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Estimate, VAT included</source>
        <translation>估价（含增值税）</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation>已付 %1</translation>
    </message>
    <message>
        <source>%1 due before the parts are ordered</source>
        <translation>订货前须付 %1</translation>
    </message>
    <message>
        <source>None (parts worth %1 are ordered for this visit)</source>
        <translation>无（本次已订购配件 %1）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>This appointment is %1.</source>
        <translation>此预约状态：%1。</translation>
    </message>
    <message>
        <source>Vehicle licence</source>
        <translation>行驶证</translation>
    </message>
    <message>
        <source>Maintenance booklet</source>
        <translation>保养手册</translation>
    </message>
    <message>
        <source>This slip</source>
        <translation>本预约单</translation>
    </message>
    <message>
        <source>The deposit receipt</source>
        <translation>订金收据</translation>
    </message>
    <message>
        <source>Purchase invoice or warranty card</source>
        <translation>购车发票或保修卡</translation>
    </message>
    <message>
        <source>Please arrive on time. If you cannot come, tell us in advance so we can give the time to another customer.</source>
        <translation>请准时到店。如不能前来，请提前告知，以便我们安排其他客户。</translation>
    </message>
    <message>
        <source>Please arrive on time. If you cannot come, call us at %1 so we can give the time to another customer.</source>
        <translation>请准时到店。如不能前来，请致电 %1，以便我们安排其他客户。</translation>
    </message>
    <message>
        <source>%1 (recorded %2)</source>
        <translation>%1（%2 记录）</translation>
    </message>
    <message>
        <source>%L1 km</source>
        <translation>%L1 公里</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Hours / qty</source>
        <translation>工时/数量</translation>
    </message>
    <message>
        <source>Rate / price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>付费方</translation>
    </message>
    <message>
        <source>Customer&apos;s decision</source>
        <translation>客户决定</translation>
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
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>The customer takes them</source>
        <translation>客户带走</translation>
    </message>
    <message>
        <source>The shop disposes of them</source>
        <translation>由店方处理</translation>
    </message>
    <message>
        <source>to be agreed</source>
        <translation>待商定</translation>
    </message>
    <message>
        <source>Labor %1 · parts %2 · other %3 · total %4, VAT %5 % included: %6 · the customer pays %7</source>
        <translation>工时费 %1 · 材料费 %2 · 其他 %3 · 合计 %4，含增值税 %5%：%6 · 客户自付 %7</translation>
    </message>
    <message>
        <source>Reconditioned part &quot;%1&quot;: the customer agrees to its use by signing this work order.</source>
        <translation>修复件“%1”：客户签署本委托书即表示同意使用。</translation>
    </message>
    <message>
        <source>Set by the repair category.</source>
        <translation>按维修类别确定。</translation>
    </message>
    <message>
        <source>%L1 km or %2 days from completion, whichever comes first (%3).</source>
        <translation>自竣工之日起 %L1 公里或 %2 天，以先到者为准（%3）。</translation>
    </message>
    <message>
        <source>Finding %1: %2</source>
        <translation>增修项目 %1：%2</translation>
    </message>
    <message>
        <source>Safety-critical: we advise doing this before you drive on.</source>
        <translation>涉及行车安全：建议维修后再继续使用车辆。</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Not covered by warranty: %1</source>
        <translation>不在保修范围：%1</translation>
    </message>
    <message>
        <source>Covered by warranty: no charge to the customer.</source>
        <translation>在保修范围内：客户无需付费。</translation>
    </message>
    <message>
        <source>Total %1 (VAT %2 % included).</source>
        <translation>合计 %1（含增值税 %2%）。</translation>
    </message>
    <message>
        <source>Extra time %1 min; the car is then ready by %2.</source>
        <translation>增加时间 %1 分钟；预计 %2 完工。</translation>
    </message>
    <message>
        <source>until %1 or %L2 km on the odometer, whichever comes first</source>
        <translation>至 %1 或里程表 %L2 公里，以先到者为准</translation>
    </message>
    <message>
        <source>%1 (Reversal)</source>
        <translation>%1（冲红）</translation>
    </message>
    <message>
        <source>All prices include VAT at %1 %.</source>
        <translation>以上价格均含 %1 % 增值税。</translation>
    </message>
    <message>
        <source>Reverses statement %1. Reason: %2. Authorized by %3.</source>
        <translation>冲红结算单 %1。原因：%2。授权人：%3。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>作业项目</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>工时单价</translation>
    </message>
    <message>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Brand / spec</source>
        <translation>品牌/规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
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
        <translation>流水号</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>%1 or %L2 km, whichever comes first</source>
        <translation>%1 或 %L2 公里，以先到者为准</translation>
    </message>
    <message>
        <source>Quality guarantee for %1: %L2 km or %3 days from the completion date. This notice is not a completion certificate.</source>
        <translation>%1的质量保证期：自竣工之日起 %L2 公里或 %3 天。本通知单不是竣工出厂合格证。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Keys (tag %1)</source>
        <translation>钥匙（牌号 %1）</translation>
    </message>
    <message>
        <source>Old parts</source>
        <translation>旧件</translation>
    </message>
    <message>
        <source>Documents: licence, service book, statement</source>
        <translation>证件资料：行驶证、保养手册、结算单</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Not closed yet</source>
        <translation>尚未关账</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>结算员</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Reversal of %1</source>
        <translation>冲红 %1</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客户应付</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 交给 %2</translation>
    </message>
    <message>
        <source>Not counted yet (cash expected %1)</source>
        <translation>尚未盘点（应有现金 %1）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <source>Over / short</source>
        <translation>长短款</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>within the cashier&apos;s limit</source>
        <translation>收银员权限内</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Ready for settlement and not settled: %1</source>
        <translation>待结算但尚未结算：%1</translation>
    </message>
    <message>
        <source>Fuel and charge</source>
        <translation>油量和电量</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>电量</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>燃油</translation>
    </message>
    <message>
        <source>charge not read</source>
        <translation>电量未读取</translation>
    </message>
    <message>
        <source>charge %1 %</source>
        <translation>电量 %1 %</translation>
    </message>
    <message>
        <source>charge %1 %, range %2 km</source>
        <translation>电量 %1 %，续航 %2 公里</translation>
    </message>
    <message>
        <source>%L1 km or %2 days, whichever comes first (the legal minimum for %3: %L4 km or %5 days)</source>
        <translation>%L1 公里或 %2 天，以先到者为准（%3法定最低：%L4 公里或 %5 天）</translation>
    </message>
    <message>
        <source>%L1 km or %2 days from the date of release, whichever comes first</source>
        <translation>自出厂之日起 %L1 公里或 %2 天，以先到者为准</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Counterfoil · kept by the shop</source>
        <translation>副联 · 承修方存档</translation>
    </message>
    <message>
        <source>Original · for the owner</source>
        <translation>正联 · 交托修方</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Quality guarantee: %1.</source>
        <translation>质量保证期：%1。</translation>
    </message>
    <message>
        <source>Quality Guarantee Card</source>
        <translation>机动车维修质量保证卡</translation>
    </message>
    <message>
        <source>Within the guarantee, a fault caused by this repair is repaired again free of charge, labor and parts included.</source>
        <translation>质量保证期内，因本次维修质量造成的故障，承修方免费返修（含工时和材料）。</translation>
    </message>
    <message>
        <source>The guarantee runs from the date of release; whichever of the distance or the days comes first ends it.</source>
        <translation>质量保证期自出厂之日起计算，行驶里程和日期以先到者为准。</translation>
    </message>
    <message>
        <source>Parts the customer supplied, and damage from accidents, misuse or later repairs elsewhere, are not covered.</source>
        <translation>客户自带配件，以及因事故、使用不当或在他处再次维修造成的损坏，不在保证范围内。</translation>
    </message>
    <message>
        <source>Keep this card with the completion certificate and show it when you come back under the guarantee.</source>
        <translation>请将本卡与竣工出厂合格证一并妥善保存，返修时请出示。</translation>
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
        <translation>配件类型</translation>
    </message>
    <message>
        <source>Own part</source>
        <translation>是否自带</translation>
    </message>
    <message>
        <source>This statement is made out in two copies: one for the customer, one for the shop.</source>
        <translation>本清单一式两份，托修方、承修方各执一份。</translation>
    </message>
    <message>
        <source>It takes effect when the customer signs it.</source>
        <translation>本清单经托修方签字后生效。</translation>
    </message>
    <message>
        <source>Parts supplied by the customer carry no quality guarantee from the shop.</source>
        <translation>托修方自带的配件，承修方不提供质量保证。</translation>
    </message>
    <message>
        <source>Parts supplied by the customer carry no quality guarantee from the shop: %1.</source>
        <translation>托修方自带的配件，承修方不提供质量保证：%1。</translation>
    </message>
    <message>
        <source>Quality guarantee of this repair: %L1 km or %2 days from the day the car leaves, whichever comes first.</source>
        <translation>本次维修质量保证期：自出厂之日起 %L1 公里或 %2 天，以先到者为准。</translation>
    </message>
    <message>
        <source>Covered: %1</source>
        <translation>%1承担</translation>
    </message>
    <message>
        <source>Taken back by the customer</source>
        <translation>由托修方收回</translation>
    </message>
    <message>
        <source>Taken back by the repairer</source>
        <translation>由承修方收回</translation>
    </message>
    <message>
        <source>No old parts</source>
        <translation>无旧配件</translation>
    </message>
    <message>
        <source>%1 (%2 plate)</source>
        <translation>%1（%2牌）</translation>
    </message>
    <message>
        <source>Copy 2 · for the shop</source>
        <translation>第二联 · 承修方留存</translation>
    </message>
    <message>
        <source>Copy 1 · for the customer</source>
        <translation>第一联 · 托修方留存</translation>
    </message>
    <message>
        <source>Unified social credit code of the shop: not set</source>
        <translation>承修方统一社会信用代码：未设置</translation>
    </message>
    <message>
        <source>Unified social credit code of the shop: %1</source>
        <translation>承修方统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>Reverses statement %1. Reason: %2.</source>
        <translation>冲销结算单 %1。原因：%2。</translation>
    </message>
    <message>
        <source>Major: the service manager&apos;s</source>
        <translation>重大：由服务经理处理</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>No, not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Not called back yet</source>
        <translation>尚未回访确认</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Work order, handover, answer</source>
        <translation>工单、移交、答复</translation>
    </message>
    <message>
        <source>No first reply was given by %1.</source>
        <translation>未在 %1 前作出首次答复。</translation>
    </message>
    <message>
        <source>Not resolved by %1.</source>
        <translation>未在 %1 前处理完成。</translation>
    </message>
    <message>
        <source>Low score on the follow-up call: %1.</source>
        <translation>回访评分偏低：%1。</translation>
    </message>
</context>
<context>
    <name>dd::FormData</name>
    <message>
        <source>There is no work order %1. Check the number on the form.</source>
        <translation>没有工单 %1，请核对单据上的号码。</translation>
    </message>
    <message>
        <source>There is no appointment %1. Check the number on the slip.</source>
        <translation>没有预约 %1，请核对预约单上的号码。</translation>
    </message>
    <message>
        <source>Work order %1 has no add-on findings to print.</source>
        <translation>工单 %1 没有可打印的增修项目。</translation>
    </message>
    <message>
        <source>Work order %1 is %2: it gets a release notice, not a completion certificate. Certificates are for level-2 maintenance and major repairs.</source>
        <translation>工单 %1 为%2：出具出厂通知单，不出具竣工出厂合格证。合格证仅适用于二级维护和总成以上修理。</translation>
    </message>
    <message>
        <source>without a repair category</source>
        <translation>未设维修类别</translation>
    </message>
    <message>
        <source>Work order %1 is %2: the completion certificate is issued once the quality check is passed.</source>
        <translation>工单 %1 %2：质检合格后才能出具竣工出厂合格证。</translation>
    </message>
    <message>
        <source>There is no settlement or work order %1. Check the number on the form.</source>
        <translation>没有结算单或工单 %1。请核对单据上的号码。</translation>
    </message>
    <message>
        <source>Work order %1 has not been settled: the statement is printed at the cashier desk once it is.</source>
        <translation>工单 %1 尚未结算：结算后在结算台打印结算清单。</translation>
    </message>
    <message>
        <source>Work order %1 is %2: the release notice is printed after settlement.</source>
        <translation>工单 %1 当前为%2：出厂通知单在结算后打印。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a business day: give the date as yyyy-mm-dd, e.g. 2026-11-22.</source>
        <translation>“%1”不是有效的营业日：请按 yyyy-mm-dd 填写，例如 2026-11-22。</translation>
    </message>
</context>
<context>
    <name>dd::FormRenderer</name>
    <message>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <source>(Dealership name not set)</source>
        <translation>（未设置经销店名称）</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>REPRINT</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>%2 打印于 %1</translation>
    </message>
    <message>
        <source>Reprint of the copy issued %1. %2</source>
        <translation>补打（原件开具于 %1）。%2</translation>
    </message>
    <message>
        <source>%1 %2 · Page %3 of %4</source>
        <translation>%1 %2 · 第 %3 页，共 %4 页</translation>
    </message>
    <message>
        <source>The printer did not accept the document.</source>
        <translation>打印机未接受该文档。</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Check that the folder exists and you may write to it.</source>
        <translation>无法将 PDF 写入 %1，请检查文件夹是否存在以及是否有写入权限。</translation>
    </message>
    <message>
        <source>Printed %1 by %2 at %3</source>
        <translation>%2 于 %1 在 %3 打印</translation>
    </message>
    <message>
        <source>Signed on screen %1 at %2</source>
        <translation>%1 于 %2 屏幕签名</translation>
    </message>
</context>
<context>
    <name>dd::Forms</name>
    <message>
        <source>Vehicle Intake and Inspection Sheet</source>
        <translation>接车单 / 环车检查单</translation>
    </message>
    <message>
        <source>Service Appointment Slip</source>
        <translation>维修预约单</translation>
    </message>
    <message>
        <source>Repair Authorization</source>
        <translation>维修委托书</translation>
    </message>
    <message>
        <source>Additional Repair Approval</source>
        <translation>增修确认单</translation>
    </message>
    <message>
        <source>Repair Settlement Statement</source>
        <translation>维修结算清单</translation>
    </message>
    <message>
        <source>Vehicle Release Notice</source>
        <translation>出厂通知单</translation>
    </message>
    <message>
        <source>Completion Certificate</source>
        <translation>竣工出厂合格证</translation>
    </message>
    <message>
        <source>Day Close Report</source>
        <translation>日结报表</translation>
    </message>
    <message>
        <source>The intake sheet of %1 is printed once its inspection is completed.</source>
        <translation>%1 的接车单须在环车检查完成后打印。</translation>
    </message>
    <message>
        <source>The intake sheet of %1 is printed once its inspection is completed. Still missing: %2.</source>
        <translation>%1 的接车单须在环车检查完成后打印。尚缺：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>a work order number, once its inspection is completed</source>
        <translation>工单号，环车检查完成后</translation>
    </message>
    <message>
        <source>an appointment number</source>
        <translation>预约单号</translation>
    </message>
    <message>
        <source>a work order number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>a work order number with findings for the customer</source>
        <translation>有待客户确认的增修项目的工单号</translation>
    </message>
    <message>
        <source>a work order number: level-2 or major repair, quality check passed</source>
        <translation>工单号：二级维护或大修，且已质检合格</translation>
    </message>
    <message>
        <source>a statement number, or a settled work order&apos;s number</source>
        <translation>结算单号，或已结算工单的工单号</translation>
    </message>
    <message>
        <source>a settled work order&apos;s number</source>
        <translation>已结算工单的工单号</translation>
    </message>
    <message>
        <source>a business day, yyyy-mm-dd</source>
        <translation>营业日，yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Customer Complaint Handling Form</source>
        <translation>客户投诉处理单</translation>
    </message>
    <message>
        <source>a complaint number (TS…)</source>
        <translation>投诉单号（TS…）</translation>
    </message>
</context>
<context>
    <name>dd::History</name>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>保养到期</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>损伤</translation>
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
        <translation>%1，以先到者为准</translation>
    </message>
</context>
<context>
    <name>dd::HomePage</name>
    <message>
        <source>Your dealership</source>
        <translation>您的经销店</translation>
    </message>
    <message>
        <source>Tax number %1</source>
        <translation>税号 %1</translation>
    </message>
    <message>
        <source>Good day, %1. Today is %2. You work here as: %3.</source>
        <translation>%1，您好。今天是 %2。您的角色：%3。</translation>
    </message>
    <message>
        <source>Dealership name, address and phone (printed on every form)</source>
        <translation>经销店名称、地址和电话（打印在每张单据上）</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Logo for the printed forms</source>
        <translation>打印单据用的标志</translation>
    </message>
    <message numerus="yes">
        <source>Labor rates: %n defined</source>
        <translation>
            <numerusform>工时单价：已设置 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff who can sign in: %1 of %2 active users have a password</source>
        <translation>可登录员工：%2 名在用用户中有 %1 名已设置密码</translation>
    </message>
    <message>
        <source>Last backup: never</source>
        <translation>上次备份：从未备份</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <source>Press F1 for the keyboard shortcuts. Ctrl+L locks this PC when you step away from the counter.</source>
        <translation>按 F1 查看键盘快捷键。离开柜台时按 Ctrl+L 锁定本机。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>No complaint is open.</source>
        <translation>目前没有处理中的投诉。</translation>
    </message>
    <message>
        <source>Complaints: %1 open, %2 past a deadline, %3 with the service manager. They are on the follow-up desk (Ctrl+9, then Alt+P).</source>
        <translation>投诉：%1 件处理中，%2 件已逾期，%3 件已转服务经理。请在回访工作台处理（Ctrl+9，再按 Alt+P）。</translation>
    </message>
</context>
<context>
    <name>dd::Importer</name>
    <message>
        <source>The file is empty; its first line must be the header: %1</source>
        <translation>文件为空；第一行必须是表头：%1</translation>
    </message>
    <message>
        <source>The header is &quot;%1&quot;; it must be &quot;%2&quot;. Nothing was imported.</source>
        <translation>表头是“%1”，应为“%2”。未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>有 %1 个字段，应为 %2 个</translation>
    </message>
    <message>
        <source>The owner&apos;s name is empty.</source>
        <translation>车主姓名为空。</translation>
    </message>
    <message>
        <source>kind must be person or company, not &quot;%1&quot;</source>
        <translation>kind 必须是 person 或 company，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 with phone %2 is already on file</source>
        <translation>%1（电话 %2）已在档案中</translation>
    </message>
    <message>
        <source>the phone %1 is also on file for %2</source>
        <translation>电话 %1 也登记在 %2 名下</translation>
    </message>
    <message>
        <source>%1 was already on line %2 of this file; this line replaces it.</source>
        <translation>%1 已在本文件第 %2 行出现；以本行为准。</translation>
    </message>
    <message>
        <source>hours must be a number of hours such as 1.5, not &quot;%1&quot;</source>
        <translation>hours 必须是工时数，例如 1.5，而不是“%1”</translation>
    </message>
    <message>
        <source>price must be an amount in yuan such as 48.50, not &quot;%1&quot;</source>
        <translation>price 必须是以元为单位的金额，例如 48.50，而不是“%1”</translation>
    </message>
    <message>
        <source>source must be oem, equivalent or reconditioned (原厂, 同质, 修复), not &quot;%1&quot;</source>
        <translation>source 必须是 oem、equivalent 或 reconditioned（原厂、同质、修复），而不是“%1”</translation>
    </message>
    <message>
        <source>job_code is empty</source>
        <translation>job_code 为空</translation>
    </message>
    <message>
        <source>line %1: quantity must be a number such as 4 or 0.5, not &quot;%2&quot;</source>
        <translation>第 %1 行：quantity 必须是数字，例如 4 或 0.5，而不是“%2”</translation>
    </message>
    <message>
        <source>line %1: the labor operation %2 is not in the catalog; import the labor operations first</source>
        <translation>第 %1 行：工时项目 %2 不在价目表中；请先导入工时项目</translation>
    </message>
    <message>
        <source>line %1: the part %2 is not in the price list; import the parts first</source>
        <translation>第 %1 行：配件 %2 不在价格表中；请先导入配件</translation>
    </message>
    <message>
        <source>the job %1 was not imported: %2</source>
        <translation>套餐 %1 未导入：%2</translation>
    </message>
    <message>
        <source>Line %1 of the file opens a quoted field (&quot;) that is never closed, so the rest of the file would run into it. Nothing was imported; close the quote and import again.</source>
        <translation>文件第 %1 行的引号字段（&quot;）没有闭合，文件的其余部分都会并入该字段。未导入任何内容；请补上引号后再导入。</translation>
    </message>
    <message>
        <source>line %1: wo_type must be one of %2, not &quot;%3&quot;</source>
        <translation>第 %1 行：wo_type 必须是 %2 之一，而不是“%3”</translation>
    </message>
    <message>
        <source>line %1: the job already sets the type %2</source>
        <translation>第 %1 行：该套餐已设定工单类型 %2</translation>
    </message>
</context>
<context>
    <name>dd::InspectionFindingsDialog</name>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>本次情况</translation>
    </message>
    <message>
        <source>Add to the estimate</source>
        <translation>加入估价</translation>
    </message>
    <message>
        <source>Recommend for later</source>
        <translation>建议以后维修</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Recommended at the walk-around inspection</source>
        <translation>环车检查时建议的项目</translation>
    </message>
    <message>
        <source>The customer declines</source>
        <translation>客户谢绝</translation>
    </message>
    <message>
        <source>Declined by the customer at the walk-around inspection</source>
        <translation>环车检查时客户谢绝</translation>
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
        <translation>进行中</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销更改</translation>
    </message>
    <message>
        <source>Forget the changes made since the last save?</source>
        <translation>放弃上次保存以来的更改吗？</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交车</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>本次情况</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Size or note</source>
        <translation>大小或备注</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>note, e.g. tread 2 mm front left</source>
        <translation>备注，例如：左前轮花纹 2 mm</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; new this visit &amp;nbsp; &lt;span style=&apos;color:#1565c0&apos;&gt;○&lt;/span&gt; from an earlier visit &amp;nbsp; &lt;span style=&apos;color:#888&apos;&gt;◌&lt;/span&gt; found repaired. Click the car to mark damage, drag a new mark to move it, Delete removes it.</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;●&lt;/span&gt; 本次新发现 &amp;nbsp; &lt;span style=&apos;color:#1565c0&apos;&gt;○&lt;/span&gt; 以往记录 &amp;nbsp; &lt;span style=&apos;color:#888&apos;&gt;◌&lt;/span&gt; 已修复。点击车身标记损伤，拖动新标记可移动，Delete 删除。</translation>
    </message>
    <message>
        <source>&amp;Vehicles in the shop: none checked in</source>
        <translation>在厂车辆(&amp;V)：暂无登记车辆</translation>
    </message>
    <message>
        <source>&amp;Vehicles in the shop (%1):</source>
        <translation>在厂车辆(&amp;V)（%1）：</translation>
    </message>
    <message>
        <source>Unsaved inspection</source>
        <translation>检查未保存</translation>
    </message>
    <message>
        <source>The inspection of %1 has changes that are not saved yet. Save them now?</source>
        <translation>%1 的环车检查有尚未保存的更改。现在保存吗？</translation>
    </message>
    <message>
        <source>No vehicle is checked in. Check one in at reception (Ctrl+1, F4).</source>
        <translation>没有已登记的车辆。请在接待页登记（Ctrl+1，F4）。</translation>
    </message>
    <message>
        <source>Choose a vehicle in the list to inspect it.</source>
        <translation>在列表中选择要检查的车辆。</translation>
    </message>
    <message>
        <source>completed %1 by %2</source>
        <translation>%2 于 %1 完成</translation>
    </message>
    <message>
        <source>advisor %1</source>
        <translation>顾问 %1</translation>
    </message>
    <message>
        <source>new this visit</source>
        <translation>本次新发现</translation>
    </message>
    <message>
        <source>Found at visit %1 on %2</source>
        <translation>%2 到店（%1）时发现</translation>
    </message>
    <message>
        <source>no earlier reading on file</source>
        <translation>无以往读数</translation>
    </message>
    <message>
        <source>lower than the last reading, %L1 km: correct it, or record why below</source>
        <translation>低于上次读数 %L1 公里：请更正，或在下方填写原因</translation>
    </message>
    <message>
        <source>last reading %L1 km</source>
        <translation>上次读数 %L1 公里</translation>
    </message>
    <message>
        <source>Mark %1 placed in the middle of the view: move it with the arrow keys (Shift for larger steps).</source>
        <translation>标记 %1 已放在视图中央：用方向键移动（按住 Shift 步长更大）。</translation>
    </message>
    <message>
        <source>Mark %1 was found at an earlier visit and stays on the vehicle&apos;s record: confirm it still present or repaired.</source>
        <translation>标记 %1 为以往到店时发现，保留在车辆记录中：请确认仍存在或已修复。</translation>
    </message>
    <message>
        <source>Remove damage mark</source>
        <translation>删除损伤标记</translation>
    </message>
    <message>
        <source>Remove mark %1 and its photos?</source>
        <translation>删除标记 %1 及其照片吗？</translation>
    </message>
    <message>
        <source>Key tag %1 is already on %2 (%3): take another tag.</source>
        <translation>钥匙牌 %1 已用于 %2（%3）：请换一个牌号。</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>载入对方的版本</translation>
    </message>
    <message>
        <source>Keep my entries on screen</source>
        <translation>保留我在屏幕上的输入</translation>
    </message>
    <message>
        <source>Loading their version replaces what is on this screen. To keep your entries, note them first, then load and enter them again.</source>
        <translation>载入对方的版本会替换屏幕上的内容。如需保留您的输入，请先记下，载入后再重新输入。</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
    <message>
        <source>The inspection cannot be completed yet. Still missing: %1.</source>
        <translation>环车检查尚不能完成。尚缺：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Save the inspection</source>
        <translation>保存环车检查</translation>
    </message>
    <message>
        <source>Complete the inspection</source>
        <translation>完成环车检查</translation>
    </message>
    <message>
        <source>Print the intake sheet</source>
        <translation>打印接车单</translation>
    </message>
    <message>
        <source>Key cabinet</source>
        <translation>钥匙柜</translation>
    </message>
    <message>
        <source>Add a damage mark (then the arrow keys move it)</source>
        <translation>添加损伤标记（之后用方向键移动）</translation>
    </message>
    <message>
        <source>Refresh the list of vehicles</source>
        <translation>刷新车辆列表</translation>
    </message>
    <message>
        <source>Inspection</source>
        <comment>navigator</comment>
        <translation>环车检查</translation>
    </message>
    <message>
        <source>Fuel &amp;level:</source>
        <translation>燃油量(&amp;L)：</translation>
    </message>
    <message>
        <source>Charge:</source>
        <translation>电量：</translation>
    </message>
    <message>
        <source>On to the work order&apos;s estimate</source>
        <translation>转到工单估价</translation>
    </message>
    <message>
        <source>Inspection completed. The customer signs the intake sheet (Ctrl+P); Enter goes on to the estimate.</source>
        <translation>环车检查已完成。请客户在接车单上签字（Ctrl+P）；按 Enter 转到估价。</translation>
    </message>
</context>
<context>
    <name>dd::InspectionRules</name>
    <message>
        <source>Top</source>
        <translation>顶部</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>前部</translation>
    </message>
    <message>
        <source>Rear</source>
        <translation>后部</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Scratch</source>
        <translation>划痕</translation>
    </message>
    <message>
        <source>Dent</source>
        <translation>凹陷</translation>
    </message>
    <message>
        <source>Crack</source>
        <translation>裂纹</translation>
    </message>
    <message>
        <source>Paint chip</source>
        <translation>掉漆</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>破损</translation>
    </message>
    <message>
        <source>Other damage</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Check engine</source>
        <translation>发动机故障灯</translation>
    </message>
    <message>
        <source>Oil pressure</source>
        <translation>机油压力</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>充电系统</translation>
    </message>
    <message>
        <source>Brake system</source>
        <translation>制动系统</translation>
    </message>
    <message>
        <source>ABS</source>
        <translation>ABS</translation>
    </message>
    <message>
        <source>Airbag</source>
        <translation>安全气囊</translation>
    </message>
    <message>
        <source>Tyre pressure</source>
        <translation>胎压</translation>
    </message>
    <message>
        <source>Coolant temperature</source>
        <translation>冷却液温度</translation>
    </message>
    <message>
        <source>Stability control</source>
        <translation>车身稳定系统</translation>
    </message>
    <message>
        <source>Service due</source>
        <translation>保养提示</translation>
    </message>
    <message>
        <source>Tyres</source>
        <translation>轮胎</translation>
    </message>
    <message>
        <source>Glass</source>
        <translation>玻璃</translation>
    </message>
    <message>
        <source>Lights</source>
        <translation>灯光</translation>
    </message>
    <message>
        <source>Wipers</source>
        <translation>雨刮</translation>
    </message>
    <message>
        <source>Green: OK</source>
        <translation>绿：正常</translation>
    </message>
    <message>
        <source>Yellow: watch</source>
        <translation>黄：需关注</translation>
    </message>
    <message>
        <source>Red: needs work</source>
        <translation>红：需维修</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Spare tyre</source>
        <translation>备胎</translation>
    </message>
    <message>
        <source>Jack</source>
        <translation>千斤顶</translation>
    </message>
    <message>
        <source>Tool kit</source>
        <translation>随车工具</translation>
    </message>
    <message>
        <source>Warning triangle</source>
        <translation>三角警示牌</translation>
    </message>
    <message>
        <source>Fire extinguisher</source>
        <translation>灭火器</translation>
    </message>
    <message>
        <source>Vehicle licence</source>
        <translation>行驶证</translation>
    </message>
    <message>
        <source>Maintenance booklet</source>
        <translation>保养手册</translation>
    </message>
    <message>
        <source>Charging cable</source>
        <translation>充电线</translation>
    </message>
    <message>
        <source>Customer takes the old parts</source>
        <translation>旧件由客户带走</translation>
    </message>
    <message>
        <source>Shop disposes of the old parts</source>
        <translation>旧件由本店处理</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Still present</source>
        <translation>仍存在</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>满</translation>
    </message>
    <message>
        <source>1/2</source>
        <translation>1/2</translation>
    </message>
    <message>
        <source>Read the odometer and enter the mileage.</source>
        <translation>请读取里程表并输入里程。</translation>
    </message>
    <message>
        <source>A mileage of %1 km is not plausible.</source>
        <translation>%1 公里的里程不合理。</translation>
    </message>
    <message>
        <source>The odometer reads %1 km, lower than the last recorded %2 km. Check the reading; if the instrument cluster was replaced or the odometer reset, write down why.</source>
        <translation>里程表读数 %1 公里低于上次记录的 %2 公里。请核对读数；如更换过仪表或里程表归零，请写明原因。</translation>
    </message>
    <message>
        <source>Hang the key on a numbered tag and enter the tag number.</source>
        <translation>请给钥匙挂上编号牌并输入钥匙牌号。</translation>
    </message>
    <message>
        <source>The key tag &quot;%1&quot; is longer than 12 characters.</source>
        <translation>钥匙牌号“%1”超过 12 个字符。</translation>
    </message>
    <message>
        <source>the odometer reading</source>
        <translation>里程表读数</translation>
    </message>
    <message>
        <source>the reason why the odometer reads less than last time</source>
        <translation>里程低于上次记录的原因</translation>
    </message>
    <message>
        <source>the fuel level</source>
        <translation>燃油量</translation>
    </message>
    <message>
        <source>the valuables reminder</source>
        <translation>贵重物品提醒</translation>
    </message>
    <message>
        <source>the customer&apos;s choice for the old parts</source>
        <translation>客户对旧件的处理选择</translation>
    </message>
    <message>
        <source>the key tag number</source>
        <translation>钥匙牌号</translation>
    </message>
    <message numerus="yes">
        <source>a check of %n earlier damage mark(s): still present or repaired</source>
        <translation>
            <numerusform>确认 %n 处以往损伤：仍存在或已修复</numerusform>
        </translation>
    </message>
    <message>
        <source>Damage mark %1 is on an unknown view &quot;%2&quot;.</source>
        <translation>损伤标记 %1 位于未知视图“%2”。</translation>
    </message>
    <message>
        <source>Damage mark %1 has an unknown kind &quot;%2&quot;.</source>
        <translation>损伤标记 %1 的类型“%2”未知。</translation>
    </message>
    <message>
        <source>Damage mark %1 lies outside the diagram.</source>
        <translation>损伤标记 %1 超出了车身图范围。</translation>
    </message>
    <message>
        <source>The note of damage mark %1 is longer than 200 characters.</source>
        <translation>损伤标记 %1 的说明超过 200 个字符。</translation>
    </message>
    <message>
        <source>Damage mark %1 has an unknown status.</source>
        <translation>损伤标记 %1 的状态未知。</translation>
    </message>
    <message>
        <source>12 V battery</source>
        <translation>12V 蓄电池</translation>
    </message>
    <message>
        <source>High-voltage system warning lamp</source>
        <translation>高压系统警告灯</translation>
    </message>
    <message>
        <source>Charging port and cable</source>
        <translation>充电口及充电线</translation>
    </message>
    <message>
        <source>the state of charge</source>
        <translation>电量</translation>
    </message>
</context>
<context>
    <name>dd::InspectionStore</name>
    <message>
        <source>The work order no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <source>Work order %1 is closed; its inspection can no longer change.</source>
        <translation>工单 %1 已关闭，其环车检查不能再修改。</translation>
    </message>
    <message>
        <source>The fuel level is given in eighths, 0 to 8.</source>
        <translation>燃油量以八分之几表示，范围 0 到 8。</translation>
    </message>
    <message>
        <source>The inspection cannot be completed yet. Still missing: %1.</source>
        <translation>环车检查尚不能完成。尚缺：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Key tag %1 already holds the key of %2 (work order %3). Use another tag.</source>
        <translation>钥匙牌 %1 已挂着 %2 的钥匙（工单 %3），请换一个钥匙牌。</translation>
    </message>
    <message>
        <source>The inspection of work order %1</source>
        <translation>工单 %1 的环车检查</translation>
    </message>
    <message>
        <source>%1 was started at another station meanwhile. Your entries are still on the screen: note them, reopen the inspection and enter them again.</source>
        <translation>%1 已在另一台电脑上开始。您录入的内容仍在屏幕上：请记下，重新打开检查后再次录入。</translation>
    </message>
    <message>
        <source>%1 is already completed; it can no longer change.</source>
        <translation>%1 已完成，不能再修改。</translation>
    </message>
    <message>
        <source>Unknown quick check %1: %2.</source>
        <translation>未知的快速检查项 %1：%2。</translation>
    </message>
    <message>
        <source>A mark from an earlier visit cannot be removed; confirm it as repaired instead.</source>
        <translation>以往记录的损伤不能删除；如已修复，请确认为“已修复”。</translation>
    </message>
    <message>
        <source>Damage mark %1 was removed at another station.</source>
        <translation>损伤标记 %1 已在另一台电脑上删除。</translation>
    </message>
    <message>
        <source>Damage mark %1</source>
        <translation>损伤标记 %1</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>The vehicle %1</source>
        <translation>车辆 %1</translation>
    </message>
    <message>
        <source>The state of charge is a percentage, 0 to 100.</source>
        <translation>电量为百分比，0 至 100。</translation>
    </message>
    <message>
        <source>A range of %1 km is more than any car shows; check the reading.</source>
        <translation>续航 %1 公里超出任何车辆的显示范围，请核对读数。</translation>
    </message>
</context>
<context>
    <name>dd::KeyCabinetDialog</name>
    <message>
        <source>Key tag</source>
        <translation>钥匙牌号</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交车</translation>
    </message>
    <message>
        <source>Customer is</source>
        <translation>客户去向</translation>
    </message>
    <message>
        <source>&amp;Open inspection</source>
        <translation>打开检查(&amp;O)</translation>
    </message>
    <message>
        <source>waiting in the lounge</source>
        <translation>在休息区等候</translation>
    </message>
    <message>
        <source>away</source>
        <translation>已离店</translation>
    </message>
    <message>
        <source>No keys in the cabinet: no vehicle in the shop has a key tag yet.</source>
        <translation>钥匙柜为空：在厂车辆尚无钥匙牌号。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) in the cabinet.</source>
        <translation>
            <numerusform>钥匙柜中有 %n 把钥匙。</numerusform>
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
        <translation>%L1 小时</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Hours / qty</source>
        <translation>工时/数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>付费方</translation>
    </message>
    <message>
        <source>Technician / source</source>
        <translation>技师/来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>待授权</translation>
    </message>
</context>
<context>
    <name>dd::MainWindow</name>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Database schema version %1</source>
        <translation>数据库结构版本 %1</translation>
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
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>DealerDesk database (*.db)</source>
        <translation>DealerDesk 数据库 (*.db)</translation>
    </message>
    <message>
        <source>The database was copied to %1 (%2 KB). Keep a copy away from this PC.</source>
        <translation>数据库已复制到 %1（%2 KB）。请另存一份在本机以外的地方。</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>转到%1</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>在输入框之间移动</translation>
    </message>
    <message>
        <source>Confirm a dialog</source>
        <translation>确认对话框</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>关闭对话框且不保存</translation>
    </message>
    <message>
        <source>About DealerDesk</source>
        <translation>关于 DealerDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DealerDesk %1&lt;/h3&gt;&lt;p&gt;The after-sales service front desk of a car dealership: reception, inspection, work orders, approvals and settlement.&lt;/p&gt;&lt;p&gt;Database: %2 (%3), schema version %4&lt;br&gt;Qt %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DealerDesk %1&lt;/h3&gt;&lt;p&gt;汽车经销店售后服务前台系统：接待、环车检查、维修工单、增修确认和结算。&lt;/p&gt;&lt;p&gt;数据库：%2（%3），结构版本 %4&lt;br&gt;Qt %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <source>From its next start, DealerDesk on this PC uses %1. Restart DealerDesk now?</source>
        <translation>从下次启动起，本机 DealerDesk 将使用 %1。现在重新启动 DealerDesk 吗？</translation>
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
        <translation>任何页面</translation>
    </message>
    <message>
        <source>Find a customer or vehicle</source>
        <translation>查找客户或车辆</translation>
    </message>
    <message>
        <source>In every dialog</source>
        <translation>所有对话框</translation>
    </message>
    <message>
        <source>Not following the other stations: %1 Retrying; what you type is kept.</source>
        <translation>暂时收不到其他工位的更新：%1正在重试；您输入的内容会保留。</translation>
    </message>
    <message>
        <source>Changes made at other stations show here again as soon as the database answers.</source>
        <translation>数据库一有响应，其他工位的更改会立即重新显示。</translation>
    </message>
    <message>
        <source>Confirm it from a text of several lines</source>
        <translation>在多行文本框中确认对话框</translation>
    </message>
</context>
<context>
    <name>dd::ManagerApprovalDialog</name>
    <message>
        <source>The service manager enters their sign-in name.</source>
        <translation>请服务经理输入本人的登录名。</translation>
    </message>
    <message>
        <source>The service manager enters their password.</source>
        <translation>请服务经理输入本人的密码。</translation>
    </message>
    <message>
        <source>Give the reason; it is recorded and printed.</source>
        <translation>请填写原因；原因会被记录并打印。</translation>
    </message>
</context>
<context>
    <name>dd::Migrator</name>
    <message>
        <source>The database has schema version %1, but this DealerDesk knows versions up to %2. It was left untouched.</source>
        <translation>数据库的结构版本为 %1，而本 DealerDesk 最高只支持版本 %2。未对其做任何改动。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 (%2) failed; it stays at version %3. %4</source>
        <translation>将数据库升级到结构版本 %1（%2）失败；数据库仍为版本 %3。%4</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 and needs %3, but the login %4 may not change its structure (the application&apos;s login only works with the data). Upgrade it once with the owner&apos;s login: dealerdesk --db postgresql://OWNER@%5:%6/%7 migrate</source>
        <translation>数据库 %1 的结构版本为 %2，需要升级到 %3，但登录帐号 %4 无权更改其结构（应用程序的登录帐号只能处理数据）。请用所有者的登录帐号升级一次：dealerdesk --db postgresql://OWNER@%5:%6/%7 migrate</translation>
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
        <translation>用法：dealerdesk [--db 路径|URL] [--user 用户名] [--lang zh_CN|zh_TW|en] [命令 ...]

不带命令时，DealerDesk 打开程序窗口。

选项：
  --db 路径|URL       SQLite 文件，或 postgresql://user@host:port/dbname
                      （默认：上次使用的数据库，否则为程序数据文件夹中的 dealerdesk.db）
  --user 用户名       以该 DealerDesk 用户登录；密码取自环境变量
                      DEALERDESK_PASSWORD，否则取自标准输入（第一行；在终端上
                      不回显）。除 --help、--version、migrate、在空数据库上的 demo，
                      以及尚无管理员设有密码时创建第一个管理员或设置其密码之外，
                      所有命令都需要登录
  --lang 语言         zh_CN、zh_TW 或 en（默认：系统语言）
  --version           显示版本
  --help              显示本帮助

命令：
  migrate                          创建数据库或将其结构升级到最新
  check                            检查整个 SQLite 文件是否损坏（损坏时退出码为 1，
                                   并列出前几个问题）
  backup FILE                      将数据库复制到 FILE（程序运行时也可进行）
  user add NAME --role ROLE ...    添加用户；密码从标准输入读取
                                   （登录密码也从标准输入读取时，在其之后）
       [--name &quot;姓名&quot;]              角色：advisor、controller、cashier、clerk、manager、admin
  user passwd NAME                 设置用户密码，从标准输入读取
  user list                        列出用户：登录名、姓名、角色、状态
  demo                             在空数据库中填入演示经销店
  workorders [--state 状态]        列出工单，制表符分隔：单号、车牌、状态、
                                   客户、开单时间（状态：draft、open、dispatched 等）
  import 种类 文件 [--dry-run]     导入 CSV 文件（UTF-8、GB18030/GBK 或 Big5，由 ICU
                                   识别并说明）；种类：customers、vehicles（来自旧系统）、
                                   labor、parts、jobs（价目表：代码已存在的行将替换原有
                                   记录）；--dry-run 检查每一行，显示读出的前几个名称，
                                   不做任何更改
  print FORM NUMBER --pdf FILE     将表单打印为 PDF 文件，或用 --printer 在打印机上
       [--printer NAME] [--copies N]  打印。再次打印未变的内容会被记录为补打。
                                   表单及其单号：
%1  followups [--due DATE | --overdue]  截至今天（或 DATE）到期的回访，或仅逾期的回访，
                                   以制表符分隔：到期日、类型、工单、客户、电话（已遮盖）、
                                   车辆、服务顾问、已拨打次数
  complaints [--open] [--overdue]  处理中及近 30 天已结案的投诉（或仅处理中的，或处理中且已逾期的），
                                   以制表符分隔：编号、受理时间、状态、严重程度、类别、客户、
                                   电话（已遮盖）、车辆、工单、责任人、答复期限、完成期限、
                                   标记（reply_overdue、overdue、escalated）
  messages --date DATE --csv FILE  当天代替回访电话的信息，导出为 CSV 供本店短信平台使用（UTF-8）：
                                   时间、方式、收件人、客户、工单、内容；导出后标记为已导出
  audit verify                     校验审计记录的哈希链：指出第一条不符的记录（退出码 1），
                                   或显示 N 条记录、链完整

退出码：0 成功，1 失败，2 用法错误。
</translation>
    </message>
</context>
<context>
    <name>dd::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Set password for %1</source>
        <translation>为 %1 设置密码</translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation>为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>Set a new password for %1 and tell it to them in person. They can change it afterwards under File &gt; Change my password.</source>
        <translation>为 %1 设置新密码并当面告知本人。之后本人可在“文件 &gt; 修改我的密码”中修改。</translation>
    </message>
    <message>
        <source>That user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致；请输入相同的密码。</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
</context>
<context>
    <name>dd::PasswordHasher</name>
    <message>
        <source>Not enough memory to protect the password; close other programs and try again.</source>
        <translation>内存不足，无法加密保存密码；请关闭其他程序后重试。</translation>
    </message>
</context>
<context>
    <name>dd::PasswordPolicy</name>
    <message>
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password needs at least %1 kinds of characters: small letters, capitals, digits, or signs such as - or #.</source>
        <translation>密码至少需要 %1 类字符：小写字母、大写字母、数字，或 - 、# 等符号。</translation>
    </message>
    <message>
        <source>The password repeats one character more than %1 times in a row.</source>
        <translation>密码中同一字符连续重复超过 %1 次。</translation>
    </message>
    <message>
        <source>The password contains a run such as 12345 or abcde (more than %1 characters in a row).</source>
        <translation>密码包含 12345 或 abcde 这样的连续序列（连续超过 %1 个字符）。</translation>
    </message>
    <message>
        <source>The password reads the same backwards; choose another one.</source>
        <translation>密码正读反读都一样；请换一个。</translation>
    </message>
    <message>
        <source>The password must not contain the sign-in name, forwards or backwards.</source>
        <translation>密码不得包含登录名（无论正写还是倒写）。</translation>
    </message>
    <message>
        <source>The password must not contain the person&apos;s name, forwards or backwards.</source>
        <translation>密码不得包含本人姓名（无论正写还是倒写）。</translation>
    </message>
    <message>
        <source>The password is too easy to guess: it is a common word or a simple pattern, or based on one. Choose a longer or less obvious password.</source>
        <translation>密码太容易被猜到：它是常用单词或简单规律，或由其变化而来。请选择更长或不那么明显的密码。</translation>
    </message>
    <message>
        <source>The password could not be accepted (password check code %1); choose another one.</source>
        <translation>无法接受此密码（密码检查代码 %1）；请换一个。</translation>
    </message>
</context>
<context>
    <name>dd::PdfText</name>
    <message>
        <source>The PDF %1 could not be opened: %2</source>
        <translation>无法打开 PDF %1：%2</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written: %2</source>
        <translation>无法写入 PDF %1：%2</translation>
    </message>
</context>
<context>
    <name>dd::Phone</name>
    <message>
        <source>The landline %1 needs its area code, e.g. 021-%1.</source>
        <translation>固定电话 %1 需要区号，例如 021-%1。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; &quot;%1&quot; has %2.</source>
        <translation>手机号码有 11 位；“%1”有 %2 位。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mainland mobile (1xx xxxx xxxx) or a landline with its area code.</source>
        <translation>“%1”既不是大陆手机号（1xx xxxx xxxx），也不是带区号的固定电话。</translation>
    </message>
    <message>
        <source>%1 is a landline; a mobile number (1xx xxxx xxxx) is needed here.</source>
        <translation>%1 是固定电话；此处需要手机号码（1xx xxxx xxxx）。</translation>
    </message>
</context>
<context>
    <name>dd::Plate</name>
    <message>
        <source>The plate is empty.</source>
        <translation>车牌为空。</translation>
    </message>
    <message>
        <source>A plate starts with a province abbreviation such as 沪 or 京; &quot;%1&quot; is not one.</source>
        <translation>车牌以省份简称开头，如沪或京；“%1”不是省份简称。</translation>
    </message>
    <message>
        <source>The second character of a plate is the issuing office&apos;s letter (A–Z).</source>
        <translation>车牌第二位是发牌机关代号（A–Z）。</translation>
    </message>
    <message>
        <source>A plate has 7 characters (8 for new-energy vehicles); %1 has %2.</source>
        <translation>车牌有 7 位（新能源车 8 位）；%1 有 %2 位。</translation>
    </message>
    <message>
        <source>Plates never use the letter %1 (character %2); it is probably %3.</source>
        <translation>车牌不使用字母 %1（第 %2 位），可能是 %3。</translation>
    </message>
    <message>
        <source>Character %1 of the plate (&quot;%2&quot;) must be a letter or a digit.</source>
        <translation>车牌第 %1 位（“%2”）必须是字母或数字。</translation>
    </message>
    <message>
        <source>A plate ends with a letter, a digit or one of 挂学警港澳试超; &quot;%1&quot; is none of them.</source>
        <translation>车牌末位是字母、数字或挂学警港澳试超之一；“%1”都不是。</translation>
    </message>
    <message>
        <source>港 and 澳 plates are issued only as 粤Z.</source>
        <translation>港、澳号牌只核发为粤Z。</translation>
    </message>
    <message>
        <source>A new-energy plate for large vehicles has 5 digits then D or F.</source>
        <translation>大型新能源汽车号牌为 5 位数字加 D 或 F。</translation>
    </message>
    <message>
        <source>A new-energy plate for large vehicles ends with D or F; this one ends with &quot;%1&quot;.</source>
        <translation>大型新能源汽车号牌以 D 或 F 结尾；此车牌以“%1”结尾。</translation>
    </message>
    <message>
        <source>A new-energy plate has D or F (or another letter A–K) after the office letter; &quot;%1&quot; is not one.</source>
        <translation>新能源号牌在发牌机关代号后是 D 或 F（或 A–K 中的其他字母）；“%1”不符合。</translation>
    </message>
    <message>
        <source>Character 4 of the plate (&quot;%1&quot;) must be a letter or a digit.</source>
        <translation>车牌第 4 位（“%1”）必须是字母或数字。</translation>
    </message>
    <message>
        <source>The last 4 characters of a new-energy plate are digits; character %1 is &quot;%2&quot;.</source>
        <translation>新能源号牌后 4 位是数字；第 %1 位是“%2”。</translation>
    </message>
</context>
<context>
    <name>dd::PrintPreviewDialog</name>
    <message>
        <source>Print %1 %2</source>
        <translation>打印%1 %2</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>打印人</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Printed before on %1 with the same content: printing again gives a copy marked &quot;reprint&quot;.</source>
        <translation>相同内容已于 %1 打印过：再次打印的副本将标注“补打”。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Printing &amp;history: not printed yet</source>
        <translation>打印记录(&amp;H)：尚未打印</translation>
    </message>
    <message>
        <source>Printing &amp;history:</source>
        <translation>打印记录(&amp;H)：</translation>
    </message>
    <message numerus="yes">
        <source>Printed as a reprint: %n page(s).</source>
        <translation>
            <numerusform>已作为补打打印：%n 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed: %n page(s).</source>
        <translation>
            <numerusform>已打印：%n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded in the printing history.</source>
        <translation>已记入打印记录。</translation>
    </message>
    <message>
        <source>Choose a file name for the PDF.</source>
        <translation>请为 PDF 选择文件名。</translation>
    </message>
    <message>
        <source>Reprint %1 %2</source>
        <translation>补打%1 %2</translation>
    </message>
    <message>
        <source>Signed on screen by %1 on %2 at %3: printing gives the signed copy.</source>
        <translation>%1 已于 %2 在 %3 屏幕签名：打印出的是已签名的文件。</translation>
    </message>
    <message>
        <source>%1 %2: the customer signs</source>
        <translation>%1 %2：客户签名</translation>
    </message>
    <message>
        <source>Signed on screen and recorded with the document as shown. Print or save the signed copy for the customer if they want paper.</source>
        <translation>已屏幕签名，并与所示文件一同存档。客户需要纸质件时，可打印或另存已签名的文件。</translation>
    </message>
    <message>
        <source>signed on screen by %1</source>
        <translation>%1 屏幕签名</translation>
    </message>
</context>
<context>
    <name>dd::Reception</name>
    <message>
        <source>The arrival no longer exists.</source>
        <translation>该到店记录已不存在。</translation>
    </message>
    <message>
        <source>%1 is already being received by %2 since %3.</source>
        <translation>%1 已由 %2 自 %3 起接待。</translation>
    </message>
    <message>
        <source>This vehicle</source>
        <translation>此车辆</translation>
    </message>
    <message>
        <source>The arrival of %1</source>
        <translation>%1 的到店记录</translation>
    </message>
    <message>
        <source>%1 is checked in on work order %2.</source>
        <translation>%1 已登记在工单 %2。</translation>
    </message>
    <message>
        <source>Write down at least one concern in the customer&apos;s own words.</source>
        <translation>请至少用客户自己的话记录一条描述。</translation>
    </message>
    <message>
        <source>Enter the mileage shown on the odometer.</source>
        <translation>请输入里程表显示的里程。</translation>
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
        <translation>请选择要登记的车辆。</translation>
    </message>
    <message>
        <source>%1 already has work order %2 open; continue that one instead of opening another.</source>
        <translation>%1 已有未结工单 %2；请继续该工单，不要另开。</translation>
    </message>
    <message>
        <source>This arrival is already checked in on work order %1.</source>
        <translation>此到店记录已登记在工单 %1。</translation>
    </message>
    <message>
        <source>The appointment no longer exists.</source>
        <translation>该预约已不存在。</translation>
    </message>
    <message>
        <source>Appointment %1 is for another vehicle.</source>
        <translation>预约 %1 属于另一辆车。</translation>
    </message>
    <message>
        <source>Appointment %1 is %2; check in as a walk-in instead.</source>
        <translation>预约 %1 状态为“%2”；请按直接到店登记。</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>预约 %1</translation>
    </message>
</context>
<context>
    <name>dd::ReceptionPage</name>
    <message>
        <source>The search could not reach the database; keep typing to try again.</source>
        <translation>搜索无法连接数据库；请继续输入以重试。</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次来店</translation>
    </message>
    <message>
        <source>Open work order</source>
        <translation>未结工单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>Vehicle / customer</source>
        <translation>车辆 / 客户</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>VIN …%1</source>
        <translation>VIN …%1</translation>
    </message>
    <message>
        <source>(no vehicle on file)</source>
        <translation>（无车辆档案）</translation>
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
        <translation>输入即搜索；用方向键和回车打开结果。</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;. Ctrl+N enters a new customer and vehicle.</source>
        <translation>未找到“%1”。按 Ctrl+N 新建客户和车辆。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s); ↓ and Enter open one.</source>
        <translation>
            <numerusform>%n 条结果；按 ↓ 和回车打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>No vehicle open</source>
        <translation>未打开车辆</translation>
    </message>
    <message>
        <source>Search above, or press Ctrl+N for a new customer and vehicle.</source>
        <translation>请在上方搜索，或按 Ctrl+N 新建客户和车辆。</translation>
    </message>
    <message>
        <source>(no plate yet)</source>
        <translation>（暂无车牌）</translation>
    </message>
    <message>
        <source>Owner: %1, %2</source>
        <translation>车主：%1，%2</translation>
    </message>
    <message>
        <source>VIN %1</source>
        <translation>VIN %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
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
        <translation>没有待办事项。</translation>
    </message>
    <message numerus="yes">
        <source>Past visits: %n</source>
        <translation>
            <numerusform>历史来店：%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for an advisor</source>
        <translation>等待顾问</translation>
    </message>
    <message>
        <source>In reception</source>
        <translation>接待中</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation>已登记：%1</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离店</translation>
    </message>
    <message>
        <source>(no plate)</source>
        <translation>（无车牌）</translation>
    </message>
    <message numerus="yes">
        <source>%n arrival(s) today</source>
        <translation>
            <numerusform>今日到店 %n 辆</numerusform>
        </translation>
    </message>
    <message>
        <source>no greeting yet today</source>
        <translation>今日尚无接待</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 辆等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>Vehicle arrived</source>
        <translation>车辆到店</translation>
    </message>
    <message>
        <source>Plate of the arriving vehicle (leave empty if it has none yet):</source>
        <translation>到店车辆的车牌（尚无车牌则留空）：</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation>车牌：</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>接待登记</translation>
    </message>
    <message>
        <source>Open the vehicle first: search for it, or enter it with Ctrl+N.</source>
        <translation>请先打开车辆：搜索该车，或按 Ctrl+N 录入。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>average greeting %1</source>
        <translation>平均接待用时 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting longer than %1 — greet them now</source>
        <translation>
            <numerusform>%n 辆等候超过 %1 — 请立即接待</numerusform>
        </translation>
    </message>
    <message>
        <source>A vehicle arrived: put it on the board</source>
        <translation>车辆到店：登记到到店看板</translation>
    </message>
    <message>
        <source>Start receiving the selected arrival</source>
        <translation>开始接待所选到店车辆</translation>
    </message>
    <message>
        <source>Check in the open vehicle</source>
        <translation>为打开的车辆办理接车</translation>
    </message>
    <message>
        <source>New customer and vehicle</source>
        <translation>新建客户和车辆</translation>
    </message>
    <message>
        <source>From the search box to the results</source>
        <translation>从搜索框转到搜索结果</translation>
    </message>
    <message>
        <source>Open the selected result</source>
        <translation>打开所选结果</translation>
    </message>
    <message numerus="yes">
        <source>%n arrival(s) waiting to be received</source>
        <translation>
            <numerusform>%n 辆到店车辆待接待</numerusform>
        </translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>接待</translation>
    </message>
    <message>
        <source>Find the vehicle for the new appointment, open it with Enter, then press Alt+B (Book appointment).</source>
        <translation>搜索要预约的车辆，按回车打开，然后按 Alt+B（预约）。</translation>
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
        <translation>正在读取车辆档案…</translation>
    </message>
</context>
<context>
    <name>dd::Roles</name>
    <message>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Workshop controller</source>
        <translation>车间调度</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>结算员</translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation>服务经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change dealership settings</source>
        <translation>修改经销店设置</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>load demo data</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <source>edit customers and vehicles</source>
        <translation>编辑客户和车辆</translation>
    </message>
    <message>
        <source>manage appointments</source>
        <translation>管理预约</translation>
    </message>
    <message>
        <source>receive vehicles</source>
        <translation>接待车辆</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>inspect vehicles</source>
        <translation>环车检查</translation>
    </message>
    <message>
        <source>print documents</source>
        <translation>打印单据</translation>
    </message>
    <message>
        <source>edit work orders</source>
        <translation>编辑工单</translation>
    </message>
    <message>
        <source>run the workshop&apos;s part of a work order</source>
        <translation>处理工单的车间环节</translation>
    </message>
    <message>
        <source>pass or fail the quality check</source>
        <translation>判定质检合格或不合格</translation>
    </message>
    <message>
        <source>settle work orders</source>
        <translation>结算工单</translation>
    </message>
    <message>
        <source>keep the list of technicians</source>
        <translation>维护技师名单</translation>
    </message>
    <message>
        <source>Customer-service clerk</source>
        <translation>客服专员</translation>
    </message>
    <message>
        <source>call customers after the visit and handle complaints</source>
        <translation>回访客户并处理投诉</translation>
    </message>
    <message>
        <source>reply to and close major or escalated complaints</source>
        <translation>答复并关闭重大或已升级的投诉</translation>
    </message>
</context>
<context>
    <name>dd::ScaleGenerator</name>
    <message>
        <source>This database already holds customers; the scale generator only fills an empty one.</source>
        <translation>该数据库已有客户数据；规模数据生成器只能填充空数据库。</translation>
    </message>
</context>
<context>
    <name>dd::Search</name>
    <message>
        <source>plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
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
        <translation>工单</translation>
    </message>
</context>
<context>
    <name>dd::SettlementRules</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Company account</source>
        <translation>单位挂账</translation>
    </message>
    <message>
        <source>Insurer direct billing</source>
        <translation>保险公司直赔</translation>
    </message>
    <message>
        <source>Warranty claim</source>
        <translation>厂家索赔</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客户自付</translation>
    </message>
    <message>
        <source>Warranty (manufacturer)</source>
        <translation>保修（厂家）</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Internal and goodwill</source>
        <translation>内部及善意</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>单项折扣</translation>
    </message>
    <message>
        <source>Order discount</source>
        <translation>整单折扣</translation>
    </message>
    <message>
        <source>Rounding off (抹零)</source>
        <translation>抹零</translation>
    </message>
    <message>
        <source>Customer takes the old parts</source>
        <translation>旧件由客户带走</translation>
    </message>
    <message>
        <source>Customer waives the old parts</source>
        <translation>声明放弃</translation>
    </message>
    <message>
        <source>No old parts</source>
        <translation>无旧件</translation>
    </message>
    <message>
        <source>unknown line</source>
        <translation>未知项目</translation>
    </message>
    <message>
        <source>Whole order -%1</source>
        <translation>整单 -%1</translation>
    </message>
    <message>
        <source>Whole order</source>
        <translation>整单</translation>
    </message>
    <message>
        <source>Amount below one yuan dropped</source>
        <translation>去掉不足一元的部分</translation>
    </message>
    <message>
        <source>A line discount refers to a line that is not on the statement.</source>
        <translation>单项折扣所指的项目不在结算单上。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is paid by %2: only what the customer pays can be discounted.</source>
        <translation>“%1”由%2支付：只有客户自付的部分可以打折。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one discount.</source>
        <translation>“%1”有不止一个折扣。</translation>
    </message>
    <message>
        <source>The discount on &quot;%1&quot; (%2) is more than the line (%3).</source>
        <translation>“%1”的折扣（%2）超过该项金额（%3）。</translation>
    </message>
    <message>
        <source>The whole order has more than one discount.</source>
        <translation>整单有不止一个折扣。</translation>
    </message>
    <message>
        <source>The amount is rounded off more than once.</source>
        <translation>抹零不止一次。</translation>
    </message>
    <message>
        <source>Unknown kind of discount &quot;%1&quot;.</source>
        <translation>未知的折扣类型“%1”。</translation>
    </message>
    <message>
        <source>A discount of %1 is not between 0 and 100 %.</source>
        <translation>折扣 %1 不在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>A discount needs a percentage or an amount above zero.</source>
        <translation>折扣须为大于零的百分比或金额。</translation>
    </message>
    <message>
        <source>Unknown payment method &quot;%1&quot;.</source>
        <translation>未知的收款方式“%1”。</translation>
    </message>
    <message>
        <source>%1: the amount must be above zero.</source>
        <translation>%1：金额必须大于零。</translation>
    </message>
    <message>
        <source>Cash: %1 handed over is less than the %2 it should pay.</source>
        <translation>现金：实收 %1 少于应付的 %2。</translation>
    </message>
    <message>
        <source>The customer has no company account: pay another way, or have the account opened first.</source>
        <translation>该客户没有单位挂账：请换一种方式付款，或先开通挂账。</translation>
    </message>
    <message>
        <source>%1 on account is more than the %2 of credit the customer has left.</source>
        <translation>挂账 %1 超过客户剩余信用额度 %2。</translation>
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
        <translation>日结</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter the amount (%1 expected).</source>
        <translation>请盘点钱箱现金并输入金额（应有 %1）。</translation>
    </message>
    <message>
        <source>The drawer holds %1 more than expected: say why (e.g. change not given).</source>
        <translation>钱箱比应有多 %1：请注明原因（例如未找零）。</translation>
    </message>
    <message>
        <source>The drawer holds %1 less than expected: say why.</source>
        <translation>钱箱比应有少 %1：请注明原因。</translation>
    </message>
    <message>
        <source>Say who takes the desk over.</source>
        <translation>请填写接班人。</translation>
    </message>
</context>
<context>
    <name>dd::SettlementStore</name>
    <message>
        <source>%1 needs a service manager&apos;s approval: the manager enters their name and password at the counter.</source>
        <translation>%1须服务经理批准：请经理在柜台输入本人登录名和密码。</translation>
    </message>
    <message>
        <source>%1 is not a service manager and cannot approve this: %2.</source>
        <translation>%1 不是服务经理，不能批准：%2。</translation>
    </message>
    <message>
        <source>A discount of %1 % (you may grant %2 %)</source>
        <translation>折扣 %1 %（您可给予 %2 %）</translation>
    </message>
    <message>
        <source>%1 needs a service manager&apos;s approval at the counter, with the reason.</source>
        <translation>%1须服务经理在柜台批准，并填写原因。</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Work order %1 is %2: only a work order ready for settlement can be settled.</source>
        <translation>工单 %1 当前为%2：只有待结算的工单才能结算。</translation>
    </message>
    <message>
        <source>There is nothing below one yuan to round off.</source>
        <translation>没有不足一元的零头可抹。</translation>
    </message>
    <message>
        <source>The discount needs a service manager&apos;s approval again: the amounts changed while it was given.</source>
        <translation>折扣须服务经理重新批准：批准期间金额已有变化。</translation>
    </message>
    <message>
        <source>Unknown choice for the old parts &quot;%1&quot;.</source>
        <translation>未知的旧件处理方式“%1”。</translation>
    </message>
    <message>
        <source>A reversal (冲红)</source>
        <translation>冲红</translation>
    </message>
    <message>
        <source>%1 is itself a reversal; it cannot be reversed.</source>
        <translation>%1 本身就是冲红记录，不能再冲红。</translation>
    </message>
    <message>
        <source>Settlement %1 was reversed already by %2.</source>
        <translation>结算单 %1 已被 %2 冲红。</translation>
    </message>
    <message>
        <source>The car of work order %1 has been delivered: a settlement is reversed at the counter before the car leaves. Ask the service manager how to correct it in the accounts.</source>
        <translation>工单 %1 的车辆已交车：冲红须在车辆离店前于柜台办理。请向服务经理询问如何在账务中更正。</translation>
    </message>
    <message>
        <source>Give the reason for the reversal; it is printed on the reversal and kept.</source>
        <translation>请填写冲红原因；原因会打印在冲红单上并存档。</translation>
    </message>
    <message>
        <source>%1 reversed by %2: %3</source>
        <translation>%1 已由 %2 冲红：%3</translation>
    </message>
    <message>
        <source>The settlement is no longer on record.</source>
        <translation>该结算记录已不存在。</translation>
    </message>
    <message>
        <source>%1 is closed already; a day is closed once. Settlements made now belong to %2.</source>
        <translation>%1 已关账；每天只能关账一次。现在的结算计入 %2。</translation>
    </message>
    <message>
        <source>%1 has not come yet; close it at the end of that day.</source>
        <translation>%1 还没到；请在当天营业结束时关账。</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>closed by %1</source>
        <translation>由%1关账</translation>
    </message>
    <message>
        <source>not closed</source>
        <translation>未关账</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>结算员</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>New receivables</source>
        <translation>新增应收</translation>
    </message>
    <message>
        <source>Reversals</source>
        <translation>冲红</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客户自付</translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation>冲红原单</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲红</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>%1 is closed; the next shift starts a new day.</source>
        <translation>%1 已日结；下一班从新的营业日开始。</translation>
    </message>
    <message>
        <source>Ready for settlement and not settled: %1. Settle them first, or close the day knowing they go to the next day&apos;s settlements.</source>
        <translation>待结算但尚未结算：%1。请先结算，或确认它们计入下一个营业日后再日结。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>over/short %1</source>
        <translation>长短款 %1</translation>
    </message>
    <message>
        <source>Discount on</source>
        <translation>折扣结算单</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
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
        <translation>收银员权限内</translation>
    </message>
</context>
<context>
    <name>dd::ShortcutsDialog</name>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
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
        <translation>登录(&amp;S)</translation>
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
        <translation>已锁定：%1 已在本机登录。
输入密码继续使用；如需切换用户，请以其他用户登录。</translation>
    </message>
    <message>
        <source>Locked - DealerDesk</source>
        <translation>已锁定 - DealerDesk</translation>
    </message>
    <message>
        <source>Enter your sign-in name.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>请等待 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::SignatureCodes</name>
    <message>
        <source>Signature pad or pen</source>
        <translation>签名板或手写笔</translation>
    </message>
    <message>
        <source>Touchscreen</source>
        <translation>触摸屏</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>鼠标</translation>
    </message>
</context>
<context>
    <name>dd::SignatureDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The customer has read it on screen and signs below. The document is kept exactly as shown, with the signature, the time and this station.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;客户已在屏幕上阅读本文件，并在下方签名。文件按所示内容存档，连同签名、时间和本工作站。</translation>
    </message>
    <message>
        <source>&amp;Accept signature</source>
        <translation>确认签名(&amp;A)</translation>
    </message>
    <message>
        <source>Enter the name of the person signing.</source>
        <translation>请输入签名人的姓名。</translation>
    </message>
    <message>
        <source>That is too short for a signature. Ask the customer to sign across the line, or press Clear and sign again.</source>
        <translation>这太短，不像签名。请客户沿签名线签名，或按“清除”后重新签名。</translation>
    </message>
</context>
<context>
    <name>dd::SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
</context>
<context>
    <name>dd::Sql</name>
    <message>
        <source>The database is busy or locked by another program. Nothing was saved; wait a moment and try again.</source>
        <translation>数据库正忙或被其他程序锁定。未保存任何内容；请稍候重试。</translation>
    </message>
    <message>
        <source>The database file is damaged. Stop using it and restore the latest backup.</source>
        <translation>数据库文件已损坏。请停止使用并恢复最近的备份。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满。未保存任何内容；请释放空间后重试。</translation>
    </message>
    <message>
        <source>Another station was saving the same data at the same moment. Nothing was saved; try again.</source>
        <translation>另一工位正在同时保存相同的数据。未保存任何内容；请重试。</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此修改：%1</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Nothing of this change was saved; check the network and that the database server is running, then do it again.</source>
        <translation>与数据库的连接中断。此次更改的内容均未保存；请检查网络以及数据库服务器是否在运行，然后重新操作。</translation>
    </message>
    <message>
        <source>The database cannot be written (it or its folder is read-only). Nothing was saved.</source>
        <translation>数据库无法写入（它或其所在文件夹是只读的）。未保存任何内容。</translation>
    </message>
    <message>
        <source>This is already on file (perhaps saved at another station a moment ago). Nothing was saved; look it up and try again.</source>
        <translation>此内容已存在（可能刚在另一工位保存）。未保存任何内容；请查找后再试。</translation>
    </message>
    <message>
        <source>The database refused the change without giving a reason. Nothing was saved; try again, and tell the administrator if it happens again.</source>
        <translation>数据库拒绝了更改，但未说明原因。未保存任何内容；请再试一次，如再次发生请告知管理员。</translation>
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
        <translation>%1 已由 %2 在 %3 于 %4 修改。您在此的修改尚未保存：“重新载入”显示已保存的版本，“保留我的修改”继续使用您的修改。</translation>
    </message>
</context>
<context>
    <name>dd::TechnicianRules</name>
    <message>
        <source>Junior (level 5)</source>
        <translation>初级工（五级）</translation>
    </message>
    <message>
        <source>Intermediate (level 4)</source>
        <translation>中级工（四级）</translation>
    </message>
    <message>
        <source>Senior (level 3)</source>
        <translation>高级工（三级）</translation>
    </message>
    <message>
        <source>Technician (level 2)</source>
        <translation>技师（二级）</translation>
    </message>
    <message>
        <source>Senior technician (level 1)</source>
        <translation>高级技师（一级）</translation>
    </message>
    <message>
        <source>A technician has no name.</source>
        <translation>有一位技师没有填写姓名。</translation>
    </message>
    <message>
        <source>The technician&apos;s name &quot;%1&quot; is longer than 40 characters.</source>
        <translation>技师姓名“%1”超过 40 个字符。</translation>
    </message>
    <message>
        <source>The team of %1 is longer than 40 characters.</source>
        <translation>%1 的班组名称超过 40 个字符。</translation>
    </message>
    <message>
        <source>The grade of %1 is not one of the national levels.</source>
        <translation>%1 的等级不是国家职业等级之一。</translation>
    </message>
    <message>
        <source>%1 is on the list twice; give the second one a distinguishing name (e.g. 李强2).</source>
        <translation>%1 在名单中出现了两次；请给第二位起一个可区分的名字（例如 李强2）。</translation>
    </message>
</context>
<context>
    <name>dd::TechnicianStore</name>
    <message>
        <source>A technician named %1 is already on the list (perhaps retired); tick Active on that row instead.</source>
        <translation>名单中已有名为 %1 的技师（可能已离职）；请在那一行勾选“在职”。</translation>
    </message>
    <message>
        <source>Technician %1</source>
        <translation>技师 %1</translation>
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
        <translation>班组</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>No technicians yet: add them with &quot;Add technician&quot; (Alt+A).</source>
        <translation>还没有技师：用“添加技师”（Alt+A）添加。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>A workshop controller, a service manager or an administrator keeps this list.</source>
        <translation>此名单由车间主管、服务经理或管理员维护。</translation>
    </message>
</context>
<context>
    <name>dd::UserEditDialog</name>
    <message>
        <source>Edit user %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致；请输入相同的密码。</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>请至少勾选一个角色。</translation>
    </message>
</context>
<context>
    <name>dd::Users</name>
    <message>
        <source>User %1 (%2)</source>
        <translation>用户 %1（%2）</translation>
    </message>
    <message>
        <source>That user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>请为用户至少分配一个角色。</translation>
    </message>
    <message>
        <source>The sign-in name &quot;%1&quot; is already taken; choose another.</source>
        <translation>登录名“%1”已被使用；请另选一个。</translation>
    </message>
    <message>
        <source>This is the last active administrator; the shop would be locked out of its own settings. Make another user administrator first.</source>
        <translation>这是最后一个在用的管理员；否则本店将无法再修改设置。请先把另一位用户设为管理员。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while signed in with it.</source>
        <translation>您不能停用自己当前登录的账号。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for %1. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>%1 的密码错误次数过多。请等待 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong sign-in name or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>No password has been set for %1 yet; ask an administrator to set one.</source>
        <translation>%1 尚未设置密码；请联系管理员设置。</translation>
    </message>
    <message>
        <source>The account %1 is deactivated; ask an administrator.</source>
        <translation>账号 %1 已停用；请联系管理员。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>This database already has an administrator; sign in instead.</source>
        <translation>此数据库已有管理员；请直接登录。</translation>
    </message>
</context>
<context>
    <name>dd::UsersDialog</name>
    <message>
        <source>Sign-in name</source>
        <translation>登录名</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>Not set: cannot sign in</source>
        <translation>未设置：无法登录</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They can no longer sign in; their name stays on the records they made. You can reactivate them later.</source>
        <translation>停用 %1（%2）吗？停用后将无法登录；其姓名仍保留在其经手的记录上。之后可以重新启用。</translation>
    </message>
</context>
<context>
    <name>dd::VehicleCodes</name>
    <message>
        <source>Small sedan</source>
        <translation>小型轿车</translation>
    </message>
    <message>
        <source>Small passenger car</source>
        <translation>小型普通客车</translation>
    </message>
    <message>
        <source>Small off-road car</source>
        <translation>小型越野客车</translation>
    </message>
    <message>
        <source>Medium passenger vehicle</source>
        <translation>中型普通客车</translation>
    </message>
    <message>
        <source>Large passenger vehicle</source>
        <translation>大型普通客车</translation>
    </message>
    <message>
        <source>Light truck</source>
        <translation>轻型普通货车</translation>
    </message>
    <message>
        <source>Medium truck</source>
        <translation>中型普通货车</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>Yellow-green</source>
        <translation>黄绿</translation>
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
        <translation>客户和车辆 %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>New customer and vehicle</source>
        <translation>新建客户和车辆</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>同意于 %1</translation>
    </message>
    <message>
        <source>The VIN %1</source>
        <translation>VIN %1</translation>
    </message>
    <message>
        <source>The plate %1</source>
        <translation>车牌 %1</translation>
    </message>
    <message>
        <source>Vehicle already on file</source>
        <translation>车辆已在档案中</translation>
    </message>
    <message>
        <source>%1 is already on file: %2. Open that vehicle instead of entering it again?</source>
        <translation>%1 已在档案中：%2。是否打开该车辆，而不是重复录入？</translation>
    </message>
    <message>
        <source>%1 is already on file for %2; saving would be refused.</source>
        <translation>%1 已登记在 %2 名下；保存会被拒绝。</translation>
    </message>
    <message>
        <source>Customer already on file</source>
        <translation>客户已在档案中</translation>
    </message>
    <message>
        <source>%1 already uses %2. Is the vehicle theirs? Yes fills in that customer; No enters a new one.</source>
        <translation>%1 已使用 %2。这辆车是该客户的吗？选“是”填入该客户；选“否”录入新客户。</translation>
    </message>
    <message>
        <source>Please check the VIN</source>
        <translation>请核对 VIN</translation>
    </message>
    <message>
        <source>Save with this VIN?</source>
        <translation>用此 VIN 保存吗？</translation>
    </message>
    <message>
        <source>Ne&amp;w owner (sold)…</source>
        <translation>更换车主（已转卖）(&amp;W)…</translation>
    </message>
    <message>
        <source>New vehicle for %1</source>
        <translation>为%1新增车辆</translation>
    </message>
    <message>
        <source>New owner (previously %1)</source>
        <translation>新车主（原车主：%1）</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>更换车主</translation>
    </message>
    <message>
        <source>%1 has been sold? The owner&apos;s fields are emptied for the new owner; %2 stays in the vehicle&apos;s history. Typing a mobile number already on file offers that customer.</source>
        <translation>%1 已转卖？车主信息将清空以便录入新车主；%2 保留在车辆的历史记录中。输入已登记的手机号时会提示使用该客户。</translation>
    </message>
    <message>
        <source>VIN accepted with a warning: %1</source>
        <translation>VIN 已在警告下接受：%1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>A new-energy plate: %1 is suggested. Check the powertrain with the customer.</source>
        <translation>新能源号牌：建议选择“%1”。请与客户确认动力类型。</translation>
    </message>
    <message>
        <source>as the plate says</source>
        <translation>按车牌判断</translation>
    </message>
</context>
<context>
    <name>dd::VehicleRules</name>
    <message>
        <source>Enter the VIN or the plate; a vehicle with no plate yet needs its VIN.</source>
        <translation>请输入 VIN 或车牌；尚无车牌的车辆必须输入 VIN。</translation>
    </message>
    <message>
        <source>The model year %1 is not plausible.</source>
        <translation>年款 %1 不合理。</translation>
    </message>
    <message>
        <source>The first registration date is in the future.</source>
        <translation>初次登记日期在未来。</translation>
    </message>
    <message>
        <source>The purchase date is in the future.</source>
        <translation>购车日期在未来。</translation>
    </message>
    <message>
        <source>A mileage of %1 km is not plausible.</source>
        <translation>%1 公里的里程不合理。</translation>
    </message>
    <message>
        <source>Choose the vehicle&apos;s owner.</source>
        <translation>请选择车主。</translation>
    </message>
</context>
<context>
    <name>dd::VehicleStore</name>
    <message>
        <source>The vehicle&apos;s owner is not a known customer.</source>
        <translation>车主不是已登记的客户。</translation>
    </message>
    <message>
        <source>The VIN %1 is already on file for %2; open that vehicle instead.</source>
        <translation>VIN %1 已登记在 %2；请打开该车辆。</translation>
    </message>
    <message>
        <source>The plate %1 is already on file for %2. If the plate moved to this car, remove it from the other one first.</source>
        <translation>车牌 %1 已登记在 %2。如果车牌已转到这辆车，请先从另一辆车上移除。</translation>
    </message>
    <message>
        <source>The vehicle %1 no longer exists.</source>
        <translation>车辆 %1 已不存在。</translation>
    </message>
    <message>
        <source>The vehicle %1</source>
        <translation>车辆 %1</translation>
    </message>
    <message>
        <source>The vehicle no longer exists.</source>
        <translation>该车辆已不存在。</translation>
    </message>
    <message>
        <source>The mileage %L1 km is lower than the last recorded %L2 km.</source>
        <translation>里程 %L1 公里低于上次记录的 %L2 公里。</translation>
    </message>
    <message>
        <source>The mileage %L1 km is lower than the last recorded %L2 km (%3). Check the odometer; if the instrument cluster was replaced, check in anyway and the inspection records the reason.</source>
        <translation>里程 %L1 公里低于上次记录的 %L2 公里（%3）。请核对里程表；如仪表总成已更换，仍可登记，环车检查时记录原因。</translation>
    </message>
</context>
<context>
    <name>dd::Vin</name>
    <message>
        <source>The VIN is empty.</source>
        <translation>VIN 为空。</translation>
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
        <translation>VIN 只含字母和数字；第 %1 位是“%2”。</translation>
    </message>
    <message>
        <source>VIN check digit should be %1 (position 9 is %2).</source>
        <translation>VIN 校验位应为 %1（第 9 位是 %2）。</translation>
    </message>
    <message>
        <source>Please check the VIN against the vehicle licence.</source>
        <translation>请与行驶证核对 VIN。</translation>
    </message>
    <message>
        <source>Many European VINs carry no check digit; accept it if it matches the vehicle licence.</source>
        <translation>许多欧洲车的 VIN 没有校验位；如与行驶证一致，可以接受。</translation>
    </message>
</context>
<context>
    <name>dd::WorkOrderLineDialog</name>
    <message>
        <source>Labor</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Other charge</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <source>%1, ¥%2/h</source>
        <translation>%1，¥%2/小时</translation>
    </message>
    <message>
        <source>The customer signed the estimate: prices and quantities change only through add-on approval. The technician can be set here.</source>
        <translation>客户已签字确认估价：价格和数量只能通过增修确认修改。这里可以指定维修技师。</translation>
    </message>
    <message>
        <source>Line: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price in yuan, e.g. 120.00.</source>
        <translation>“%1”不是以元为单位的价格，例如 120.00。</translation>
    </message>
    <message>
        <source>code, part number or name: the catalog suggests</source>
        <translation>代码、配件号或名称：价目表会给出建议</translation>
    </message>
    <message>
        <source>%1  %2  %3 h</source>
        <translation>%1  %2  %3 小时</translation>
    </message>
    <message>
        <source>%1  %2  %3  ¥%4</source>
        <translation>%1  %2  %3  ¥%4</translation>
    </message>
    <message>
        <source>From the catalog: %1 h standard hours.</source>
        <translation>来自价目表：标准工时 %1 小时。</translation>
    </message>
    <message>
        <source>From the catalog: %1 h standard hours for %2.</source>
        <translation>来自价目表：%2 的标准工时 %1 小时。</translation>
    </message>
    <message>
        <source>From the price list.</source>
        <translation>来自配件价格表。</translation>
    </message>
    <message>
        <source>From the price list: %1.</source>
        <translation>来自配件价格表：%1。</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>尚未派工</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>班组：%1</translation>
    </message>
    <message>
        <source>%1 (not on the list)</source>
        <translation>%1（不在名单中）</translation>
    </message>
</context>
<context>
    <name>dd::WorkOrderRules</name>
    <message>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>一般维修</translation>
    </message>
    <message>
        <source>Body and paint</source>
        <translation>钣喷</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修索赔</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Comeback</source>
        <translation>返修</translation>
    </message>
    <message>
        <source>Whole-vehicle or major assembly repair</source>
        <translation>整车或总成修理</translation>
    </message>
    <message>
        <source>Level-2 maintenance</source>
        <translation>二级维护</translation>
    </message>
    <message>
        <source>Level-1 maintenance, minor or specialist repair</source>
        <translation>一级维护、小修或专项修理</translation>
    </message>
    <message>
        <source>Customer pays</source>
        <translation>客户自付</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>善意维修</translation>
    </message>
    <message>
        <source>OEM</source>
        <translation>原厂</translation>
    </message>
    <message>
        <source>Equivalent quality</source>
        <translation>同质配件</translation>
    </message>
    <message>
        <source>Reconditioned</source>
        <translation>修复件</translation>
    </message>
    <message>
        <source>Customer-supplied</source>
        <translation>客户自带</translation>
    </message>
    <message>
        <source>Diagnosis fee</source>
        <translation>诊断费</translation>
    </message>
    <message>
        <source>Sublet work</source>
        <translation>外协加工</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>辅料</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>已委托</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>等待客户确认</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>质检中</translation>
    </message>
    <message>
        <source>Ready for settlement</source>
        <translation>待结算</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>等待客户决定</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Customer authorized the work</source>
        <translation>客户已签字委托</translation>
    </message>
    <message>
        <source>Hand over to the workshop</source>
        <translation>交车间（派工）</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>开始维修</translation>
    </message>
    <message>
        <source>Wait for the customer&apos;s approval</source>
        <translation>等待客户确认增修</translation>
    </message>
    <message>
        <source>Resume work</source>
        <translation>继续维修</translation>
    </message>
    <message>
        <source>Send to quality check</source>
        <translation>送质检</translation>
    </message>
    <message>
        <source>Quality check passed</source>
        <translation>质检合格</translation>
    </message>
    <message>
        <source>Quality check failed: back to the workshop</source>
        <translation>质检不合格：返回车间</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Deliver to the customer</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>Cancel the work order</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step a work order can take.</source>
        <translation>“%1”不是工单可以执行的步骤。</translation>
    </message>
    <message>
        <source>The work order is %1; &quot;%2&quot; is only possible when it is %3.</source>
        <translation>工单当前为%1；只有在%3时才能“%2”。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>the work-order type</source>
        <translation>工单类型</translation>
    </message>
    <message>
        <source>the repair category</source>
        <translation>维修类别</translation>
    </message>
    <message>
        <source>at least one concern in the customer&apos;s words</source>
        <translation>至少一条客户原话描述</translation>
    </message>
    <message>
        <source>at least one approved line in the estimate</source>
        <translation>估价中至少一个已批准项目</translation>
    </message>
    <message>
        <source>the customer&apos;s written consent to the reconditioned part &quot;%1&quot;</source>
        <translation>客户对修复件“%1”的书面同意</translation>
    </message>
    <message>
        <source>the promised completion time</source>
        <translation>承诺交车时间</translation>
    </message>
    <message>
        <source>a technician for &quot;%1&quot;</source>
        <translation>“%1”的维修技师</translation>
    </message>
    <message>
        <source>the workshop person receiving the car</source>
        <translation>车间接车人</translation>
    </message>
    <message>
        <source>a finding for the customer to decide on</source>
        <translation>需客户决定的增修项目</translation>
    </message>
    <message numerus="yes">
        <source>the customer&apos;s decision on %n finding(s)</source>
        <translation>
            <numerusform>客户对 %n 个增修项目的决定</numerusform>
        </translation>
    </message>
    <message>
        <source>a correction, or &quot;no fault found&quot;, for the concern &quot;%1&quot;</source>
        <translation>客户描述“%1”的处理措施或“未发现故障”</translation>
    </message>
    <message>
        <source>the name of the quality inspector</source>
        <translation>质检员姓名</translation>
    </message>
    <message>
        <source>what the workshop must put right</source>
        <translation>车间需要返工的内容</translation>
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
        <translation>第 %1 行需要填写名称。</translation>
    </message>
    <message>
        <source>The description of line %1 is longer than 200 characters.</source>
        <translation>第 %1 行的名称超过 200 个字符。</translation>
    </message>
    <message>
        <source>Line %1 has an unknown kind &quot;%2&quot;.</source>
        <translation>第 %1 行的类别“%2”无效。</translation>
    </message>
    <message>
        <source>%1 has an unknown pay type &quot;%2&quot;.</source>
        <translation>%1 的付费类型“%2”无效。</translation>
    </message>
    <message>
        <source>%1 needs its sold hours (more than 0).</source>
        <translation>%1 需要填写工时（大于 0）。</translation>
    </message>
    <message>
        <source>%1 has a negative labor rate.</source>
        <translation>%1 的工时单价为负数。</translation>
    </message>
    <message>
        <source>%1 needs a quantity above 0.</source>
        <translation>%1 的数量必须大于 0。</translation>
    </message>
    <message>
        <source>%1 has a negative price.</source>
        <translation>%1 的价格为负数。</translation>
    </message>
    <message>
        <source>%1 needs its source: OEM, equivalent, reconditioned or customer-supplied.</source>
        <translation>%1 需要注明来源：原厂、同质、修复件或客户自带。</translation>
    </message>
    <message>
        <source>%1 needs its kind: diagnosis fee, sublet work or materials.</source>
        <translation>%1 需要注明类别：诊断费、外协加工或辅料。</translation>
    </message>
    <message>
        <source>%1 was %2: note the customer&apos;s reason.</source>
        <translation>%1 %2：请记录客户的理由。</translation>
    </message>
    <message>
        <source>%1 was deferred: note when to bring it up again.</source>
        <translation>%1 已暂缓：请记录下次提醒的日期。</translation>
    </message>
    <message>
        <source>Parts supplied by the customer: the shop gives no quality guarantee for these parts or for work failing because of them.</source>
        <translation>客户自带配件：本店对该配件及因其导致的维修失效不提供质量保证。</translation>
    </message>
    <message>
        <source>the repair authorization printed again for the customer&apos;s signature: the estimate changed since it was printed</source>
        <translation>重新打印维修委托书供客户签字：打印后估价已更改</translation>
    </message>
    <message>
        <source>the repair authorization printed for the customer&apos;s signature</source>
        <translation>打印维修委托书供客户签字</translation>
    </message>
    <message>
        <source>Settlement reversed</source>
        <translation>结算已冲红</translation>
    </message>
    <message>
        <source>the pickup checklist: %1</source>
        <translation>交车核对：%1</translation>
    </message>
    <message>
        <source>the reason for the reversal</source>
        <translation>冲红原因</translation>
    </message>
    <message>
        <source>Labor</source>
        <translation>工时</translation>
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
        <translation>对环车检查发现的“%1”（%2）作出处理：列入估价、建议下次处理，或由客户谢绝</translation>
    </message>
</context>
<context>
    <name>dd::WorkOrderStore</name>
    <message>
        <source>The work order is no longer on record.</source>
        <translation>该工单已不在记录中。</translation>
    </message>
    <message>
        <source>The customer authorized work order %1; its estimate can no longer change. New work goes through add-on approval.</source>
        <translation>客户已签字委托工单 %1，估价不能再修改。新增项目请走增修确认。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a work-order type.</source>
        <translation>“%1”不是有效的工单类型。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repair category.</source>
        <translation>“%1”不是有效的维修类别。</translation>
    </message>
    <message>
        <source>A concern is longer than 500 characters; split it in two.</source>
        <translation>有一条客户描述超过 500 个字符，请拆分为两条。</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Work order %1 is %2: its causes and corrections are final.</source>
        <translation>工单 %1 %2：原因和处理措施已不能修改。</translation>
    </message>
    <message>
        <source>A concern of work order %1 changed at another station; reload it.</source>
        <translation>工单 %1 的客户描述已在其他工位被修改，请重新载入。</translation>
    </message>
    <message>
        <source>Work order %1 is %2: its technicians are final.</source>
        <translation>工单 %1 %2：维修技师已不能修改。</translation>
    </message>
    <message>
        <source>That labor line is no longer on work order %1.</source>
        <translation>该工时项目已不在工单 %1 中。</translation>
    </message>
    <message>
        <source>Choose the technician.</source>
        <translation>请选择维修技师。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; needs %3.</source>
        <translation>%1：“%2”还需要：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A work order is settled at the cashier desk (Ctrl+5), with its payments; a settlement is reversed there, with a service manager&apos;s approval.</source>
        <translation>工单在结算台（Ctrl+5）结算并收款；冲红也在结算台办理，须服务经理批准。</translation>
    </message>
    <message>
        <source>%1 is no longer on the list of active technicians; choose another.</source>
        <translation>%1 已不在在职技师名单中，请另选一位。</translation>
    </message>
    <message>
        <source>The odometer reads %L1 km as the car leaves, less than the %L2 km read at check-in. Read it again; leave the field empty if it cannot be read.</source>
        <translation>出厂里程 %L1 公里低于进厂时的 %L2 公里。请重新读取；无法读取时请留空。</translation>
    </message>
    <message>
        <source>The odometer reads %L1 km as the car leaves, %L2 km more than at check-in. Check the figure.</source>
        <translation>出厂里程 %L1 公里比进厂时多 %L2 公里，请核对数字。</translation>
    </message>
</context>
<context>
    <name>dd::WorkOrdersPage</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺交车</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation>未发现故障</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Advisor: %1</source>
        <translation>服务顾问：%1</translation>
    </message>
    <message>
        <source>&amp;Work orders in the shop (%1):</source>
        <translation>在厂工单(&amp;W)（%1）：</translation>
    </message>
    <message>
        <source>Unsaved work order</source>
        <translation>工单未保存</translation>
    </message>
    <message>
        <source>Work order %1 has changes that are not saved yet. Save them now?</source>
        <translation>工单 %1 有尚未保存的更改。现在保存吗？</translation>
    </message>
    <message>
        <source>Choose a work order in the list.</source>
        <translation>请在列表中选择工单。</translation>
    </message>
    <message>
        <source>(rework round %1)</source>
        <translation>（第 %1 次返工）</translation>
    </message>
    <message>
        <source>Labor ¥%1 (%2 h) · parts ¥%3 · other ¥%4 · &lt;b&gt;total ¥%5&lt;/b&gt;, of which VAT %6 % ¥%7 · the customer pays ¥%8</source>
        <translation>工时费 ¥%1（%2 小时）· 材料费 ¥%3 · 其他 ¥%4 · &lt;b&gt;合计 ¥%5&lt;/b&gt;，其中增值税 %6% ¥%7 · 客户自付 ¥%8</translation>
    </message>
    <message>
        <source>Quality guarantee: %L1 km or %2 days from completion, whichever comes first. %3</source>
        <translation>质量保证期：自竣工之日起 %L1 公里或 %2 天，以先到者为准。%3</translation>
    </message>
    <message>
        <source>A completion certificate is issued after the quality check.</source>
        <translation>质检合格后出具竣工出厂合格证。</translation>
    </message>
    <message>
        <source>No completion certificate: the release notice goes with the car.</source>
        <translation>不出具竣工出厂合格证：随车交付出厂通知单。</translation>
    </message>
    <message>
        <source>Note your changes, then open the work order again to see theirs.</source>
        <translation>请先记下您的修改，再重新打开工单查看对方的修改。</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
    <message>
        <source>Received in the workshop by:</source>
        <translation>车间接车人：</translation>
    </message>
    <message>
        <source>Quality inspector:</source>
        <translation>质检员：</translation>
    </message>
    <message>
        <source>What must the workshop put right?</source>
        <translation>车间需要返工的内容：</translation>
    </message>
    <message>
        <source>Why is the work order cancelled?</source>
        <translation>取消工单的原因：</translation>
    </message>
    <message>
        <source>%1: done. The work order is now %2.</source>
        <translation>%1：已完成。工单当前状态：%2。</translation>
    </message>
    <message>
        <source>The finding waits for the customer&apos;s decision on the approvals screen (Ctrl+4).</source>
        <translation>该增修项目在增修确认页（Ctrl+4）等待客户决定。</translation>
    </message>
    <message>
        <source>The inspection has no yellow or red findings left to take over.</source>
        <translation>环车检查没有尚未处理的黄色或红色问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) taken over from the inspection: check their hours and prices, then save.</source>
        <translation>
            <numerusform>已从环车检查加入 %n 个项目：请核对工时和价格后保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggested from %1 h of work, %2 h queued for %n technician(s) and a half-hour margin; change it if parts must be ordered.</source>
        <translation>
            <numerusform>按 %1 小时工时、%n 名技师排队中的 %2 小时工作及半小时预留计算；如需订购配件请调整。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;Promise not kept: tell the customer of the delay&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#c62828&quot;&gt;未能按承诺完成：请告知客户延误&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Tell the customer by %1</source>
        <translation>请在 %1 前通知客户</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Save the work order</source>
        <translation>保存工单</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>添加项目行</translation>
    </message>
    <message>
        <source>Read the list and the open work order again</source>
        <translation>重新读取工单列表和打开的工单</translation>
    </message>
    <message>
        <source>Print the repair authorization</source>
        <translation>打印维修委托书</translation>
    </message>
    <message>
        <source>Tell the customer: ready or delayed</source>
        <translation>通知客户：已完工或延期</translation>
    </message>
    <message>
        <source>Take the next step (authorize, hand over, ...)</source>
        <translation>执行下一步（客户授权、交车间……）</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) overdue</source>
        <translation>
            <numerusform>%n 个承诺交车时间已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Before authorizing: decide on the walk-around&apos;s findings not yet in the estimate.</source>
        <translation>委托前：请先处理环车检查中尚未列入估价的发现。</translation>
    </message>
    <message>
        <source>Already on the estimate</source>
        <translation>估价单上已有</translation>
    </message>
    <message>
        <source>%1 would add what the estimate has already: %2.

Keep both lines, merge them into one (a part&apos;s quantity adds up, an operation is done once), or skip the job&apos;s line?</source>
        <translation>%1 会重复添加估价单上已有的项目：%2。

保留两行、合并为一行（配件数量相加，工时项目只做一次），还是跳过套餐中的这些行？</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>保留两行(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>Type: %1.</source>
        <translation>工单类型：%1。</translation>
    </message>
    <message>
        <source>The job is %1; the work order stays %2.</source>
        <translation>该套餐属于%1；工单类型仍为%2。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) added to the estimate</source>
        <translation>
            <numerusform>%1：已向估价单添加 %n 行</numerusform>
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
        <translation>已合并</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>; check them, then save.</source>
        <translation>；请核对后保存。</translation>
    </message>
    <message>
        <source>The promise is outside the workshop&apos;s hours (%1–%2).</source>
        <translation>承诺时间不在车间营业时间内（%1–%2）。</translation>
    </message>
    <message>
        <source>The estimate has no labor lines to assign.</source>
        <translation>估价单中没有可派工的工时项目。</translation>
    </message>
    <message>
        <source>The list of technicians is empty: a workshop controller or an administrator adds them under Settings, Technicians…</source>
        <translation>技师名单为空：请车间主管或管理员在“设置 &gt; 技师…”中添加。</translation>
    </message>
    <message>
        <source>Assign a technician</source>
        <translation>派工</translation>
    </message>
    <message numerus="yes">
        <source>Who does the %n selected labor line(s)?</source>
        <translation>
            <numerusform>选中的 %n 个工时项目派给谁？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Who does all %n labor line(s) of %1?</source>
        <translation>
            <numerusform>%1 的全部 %n 个工时项目派给谁？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned to %n labor line(s).</source>
        <translation>
            <numerusform>已把 %n 个工时项目派给 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs %2, and then the workshop person receiving the car. Assign technicians with &quot;Assign technician…&quot; (Alt+C).</source>
        <translation>“%1”还需要：%2，然后是车间接车人。请用“派工…”（Alt+C）指派技师。</translation>
    </message>
    <message>
        <source>The repair authorization is given to the customer. Once it is signed, on paper or on screen, authorize (Ctrl+Enter).</source>
        <translation>维修委托书已交客户。客户在纸上或屏幕上签名后，即可确认委托（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>The customer signs the repair authorization before work starts: print it or have it signed on screen (Ctrl+P), then authorize.</source>
        <translation>开工前客户须签署维修委托书：打印或在屏幕上签名（Ctrl+P），然后确认委托。</translation>
    </message>
    <message>
        <source>The car has left with the customer. %1</source>
        <translation>车辆已由客户提走。%1</translation>
    </message>
    <message>
        <source>The finding is covered by warranty: its lines are on the work order, and the workshop can go on.</source>
        <translation>该增修项目属于保修范围：项目已加入工单，车间可以继续作业。</translation>
    </message>
</context>
<context>
    <name>dd::ui</name>
    <message>
        <source>Please check your input</source>
        <translation>请检查输入</translation>
    </message>
    <message>
        <source>Changed at another station</source>
        <translation>已在其他工位修改</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <source>Database not reachable</source>
        <translation>无法连接数据库</translation>
    </message>
    <message>
        <source>Database busy</source>
        <translation>数据库忙</translation>
    </message>
    <message>
        <source>DealerDesk</source>
        <translation>DealerDesk</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.heic *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.heic *.bmp)</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>请选择其他文件</translation>
    </message>
    <message>
        <source>%1 is DealerDesk&apos;s own database (or one of its journal files). It cannot be used here; choose another file.</source>
        <translation>%1 是 DealerDesk 自己的数据库（或其日志文件之一），不能在此使用；请选择其他文件。</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>Already on file</source>
        <translation>已存在</translation>
    </message>
</context>
</TS>
