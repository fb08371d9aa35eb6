<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F):</translation>
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
        <translation>名称(&amp;N):</translation>
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
        <source>&amp;VAT rate (%):</source>
        <translation>增值税率 (%)(&amp;V):</translation>
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
        <source>A&amp;ppointments:</source>
        <translation>预约单(&amp;P):</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>DealerDesk works without a mouse. These keys work anywhere in the main window:</source>
        <translation>DealerDesk 无需鼠标即可操作。以下按键在主窗口的任何位置都有效：</translation>
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
        <source>%1 by %2 at %3 (%4)
Before: %5
After: %6</source>
        <translation>%1，操作人 %2，时间 %3（%4）
修改前：%5
修改后：%6</translation>
    </message>
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
        <source>Database backed up</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>载入演示数据</translation>
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
        <source>unknown role &quot;%1&quot;; use advisor, controller, cashier, manager or admin</source>
        <translation>未知角色“%1”；请使用 advisor、controller、cashier、manager 或 admin</translation>
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
        <source>Set the demo staff&apos;s passwords with: dealerdesk user passwd NAME</source>
        <translation>请用以下命令为演示员工设置密码：dealerdesk user passwd NAME</translation>
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
        <source>The connection to the database was lost and has been restored. Nothing was saved; please try again.</source>
        <translation>与数据库的连接曾中断，现已恢复。未保存任何内容；请重试。</translation>
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
        <source>%1 is not a readable database (it may be damaged). It was left untouched.</source>
        <translation>%1 不是可读取的数据库（可能已损坏）。未对其做任何改动。</translation>
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
        <source>Cannot read the database file %1: %2. Check its permissions.</source>
        <translation>无法读取数据库文件 %1：%2。请检查其权限。</translation>
    </message>
    <message>
        <source>%1 is not a database file. It was left untouched; choose a DealerDesk database file.</source>
        <translation>%1 不是数据库文件。未对其做任何改动；请选择 DealerDesk 数据库文件。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Check its permissions.</source>
        <translation>数据库文件 %1 为只读。请检查其权限。</translation>
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
        <source>Examples: %1, %2, %3</source>
        <translation>示例：%1、%2、%3</translation>
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
</context>
<context>
    <name>dd::DocumentNumbers</name>
    <message>
        <source>Work order</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约单</translation>
    </message>
    <message>
        <source>The document number prefix is empty; enter 1 to 6 capital letters or digits, e.g. WO.</source>
        <translation>单据编号前缀为空；请输入 1 到 6 个大写字母或数字，例如 WO。</translation>
    </message>
    <message>
        <source>The document number prefix &quot;%1&quot; may only hold 1 to 6 capital letters (A-Z) or digits and must start with a letter.</source>
        <translation>单据编号前缀“%1”只能包含 1 到 6 个大写字母（A-Z）或数字，并且必须以字母开头。</translation>
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
</context>
<context>
    <name>dd::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
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
        <translation>用法：dealerdesk [--db 路径|URL] [--lang zh_CN|zh_TW|en] [命令 ...]

不带命令时，DealerDesk 打开程序窗口。

选项：
  --db 路径|URL       SQLite 文件，或 postgresql://user@host:port/dbname
                      （默认：上次使用的数据库，否则为程序数据文件夹中的 dealerdesk.db）
  --lang 语言         zh_CN、zh_TW 或 en（默认：系统语言）
  --version           显示版本
  --help              显示本帮助

命令：
  migrate                          创建数据库或将其结构升级到最新
  backup FILE                      将数据库复制到 FILE（程序运行时也可进行）
  user add NAME --role ROLE ...    添加用户；密码从标准输入读取
       [--name &quot;姓名&quot;]              角色：advisor、controller、cashier、manager、admin
  user passwd NAME                 设置用户密码，从标准输入读取
  user list                        列出用户：登录名、姓名、角色、状态
  demo                             在空数据库中填入演示经销店

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
        <translation>已锁定。%1 已在本机登录：输入密码继续使用，或以其他用户登录以切换用户。</translation>
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
    <name>dd::Sql</name>
    <message>
        <source>The database cannot be reached. Nothing was saved; check the network or the database server, then try again.</source>
        <translation>无法连接数据库。未保存任何内容；请检查网络或数据库服务器后重试。</translation>
    </message>
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
</context>
</TS>
