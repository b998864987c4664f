<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AllegationForm</name>
    <message>
        <source>What the person said</source>
        <translation>当事人的陈述</translation>
    </message>
    <message>
        <source>&amp;Witnesses</source>
        <translation>证人(&amp;W)</translation>
    </message>
    <message>
        <source>In&amp;juries</source>
        <translation>伤情(&amp;J)</translation>
    </message>
    <message>
        <source>Visible injuries</source>
        <translation>可见伤情</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述(&amp;Q)</translation>
    </message>
    <message>
        <source>Officials involved</source>
        <translation>涉及的官员(&amp;Z)</translation>
    </message>
    <message>
        <source>Part of a pattern</source>
        <translation>属于一贯做法(&amp;L)</translation>
    </message>
    <message>
        <source>The case looks part of a pattern rather than isolated</source>
        <translation>该案似乎属于一贯做法，而非孤立事件</translation>
    </message>
    <message>
        <source>Consent to trans&amp;mit</source>
        <translation>同意转交(&amp;M)</translation>
    </message>
    <message>
        <source>The person authorises the delegation to pass this allegation to the authorities. Needs the interview&apos;s consent scope “transmit”.</source>
        <translation>当事人授权代表团将此指控转交当局。访谈的同意范围须为“转交”。</translation>
    </message>
    <message>
        <source>The form of ill-treatment alleged</source>
        <translation>所指控的虐待形式</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式(&amp;U)</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>施害者(&amp;Y)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>发生环节(&amp;T)</translation>
    </message>
    <message>
        <source>Occ&amp;urred on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>E&amp;xamined by the delegation&apos;s doctor</source>
        <translation>经代表团医生检查</translation>
    </message>
    <message>
        <source>Consistenc&amp;y</source>
        <translation>相符程度(&amp;X)</translation>
    </message>
    <message>
        <source>Where in the chain of custody it happened</source>
        <translation>发生在羁押过程的哪个环节</translation>
    </message>
    <message>
        <source>No opinion</source>
        <translation>无意见</translation>
    </message>
    <message>
        <source>The doctor&apos;s opinion on the Istanbul Protocol scale: are the findings consistent with the allegation? Needs a medical examination.</source>
        <translation>医生按《伊斯坦布尔议定书》等级提出的意见：检查结果是否与指控相符？须经医学检查。</translation>
    </message>
</context>
<context>
    <name>AllegationTableModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Form of ill-treatment alleged</source>
        <translation>所指控的虐待形式</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>施害者</translation>
    </message>
    <message>
        <source>Who is alleged to have done it</source>
        <translation>被指控的施害者</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>发生环节</translation>
    </message>
    <message>
        <source>Where in the chain of custody it happened</source>
        <translation>发生在羁押过程的哪个环节</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>Date of the alleged ill-treatment</source>
        <translation>所指控虐待的发生日期</translation>
    </message>
    <message>
        <source>Examined</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>Examined by the delegation&apos;s doctor</source>
        <translation>经代表团医生检查</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>相符程度</translation>
    </message>
    <message>
        <source>The doctor&apos;s opinion on the Istanbul Protocol scale</source>
        <translation>医生按《伊斯坦布尔议定书》等级提出的意见</translation>
    </message>
    <message>
        <source>Transmit</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>The person consents to the allegation being passed to the authorities</source>
        <translation>当事人同意将指控转交当局</translation>
    </message>
</context>
<context>
    <name>AllegationsPanel</name>
    <message>
        <source>Add allegation</source>
        <translation>添加指控</translation>
    </message>
    <message>
        <source>Record a new allegation made in this interview (Ins)</source>
        <translation>记录本次访谈中提出的新指控（Ins）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected allegation (Del); undoable</source>
        <translation>删除所选指控（Del）；可撤消</translation>
    </message>
    <message>
        <source>&amp;Allegations</source>
        <translation>指控(&amp;A)</translation>
    </message>
    <message>
        <source>Delete allegation</source>
        <translation>删除指控</translation>
    </message>
    <message>
        <source>Delete the allegation “{0}”? You can undo this.</source>
        <translation>删除指控“{0}”？此操作可以撤消。</translation>
    </message>
</context>
<context>
    <name>AnnualParagraph</name>
    <message>
        <source>During its official visits in {0}, the Subcommittee conducted {1} with {2}{3}. It visited {4}.</source>
        <translation>在{0}的正式查访中，小组委员会与{2}{3}进行了{1}。小组委员会查访了{4}。</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>所有年份</translation>
    </message>
    <message numerus="yes">
        <source>%n individual or collective interview(s)</source>
        <translation>
            <numerusform>%n次个人或集体访谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, of whom %n person(s) deprived of their liberty</source>
        <translation>
            <numerusform>（其中%n人被剥夺自由）</numerusform>
        </translation>
    </message>
    <message>
        <source> deprived of their liberty</source>
        <translation>（均为被剥夺自由者）</translation>
    </message>
    <message numerus="yes">
        <source>%n prison(s)</source>
        <translation>
            <numerusform>%n所监狱</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n police station(s)</source>
        <translation>
            <numerusform>%n个警察局</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n juvenile detention centre(s)</source>
        <translation>
            <numerusform>%n所少年拘留中心</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n psychiatric or health-care institution(s)</source>
        <translation>
            <numerusform>%n所精神病或医疗保健机构</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed migrant centre(s)</source>
        <translation>
            <numerusform>%n个封闭式移民中心</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other place(s)</source>
        <translation>
            <numerusform>%n个其他场所</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0}和{1}</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>Original kept, with its metadata</source>
        <translation>保留原件及其元数据</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>未发现</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>添加时间（UTC）</translation>
    </message>
    <message>
        <source>Metadata removed</source>
        <translation>已删除的元数据</translation>
    </message>
    <message>
        <source>{0}: F2 edits the caption, Enter opens it</source>
        <extracomment>A caption the rules refused, with the message for the user.</extracomment>
        <translation>{0}：F2 编辑说明，回车键打开</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Picture</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Ctrl++ and Ctrl+- zoom, Ctrl+R rotates</source>
        <translation>Ctrl++ 和 Ctrl+- 缩放，Ctrl+R 旋转</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <source>{0}, {1}, {2}</source>
        <translation>{0}，{1}，{2}</translation>
    </message>
    <message>
        <source>Added by {0} on {1} (UTC); consent: {2}</source>
        <translation>由 {0} 于 {1}（UTC）添加；同意：{2}</translation>
    </message>
    <message>
        <source>Metadata removed: {0}</source>
        <translation>已删除的元数据：{0}</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here.</source>
        <translation>此类文件无法在此显示。</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>The copy will not be encrypted: anyone using this computer can open it, and the program you open it with may keep copies of its own. Delete it when you are done.

Save a copy of {0}?</source>
        <translation>副本不会加密：使用这台电脑的任何人都能打开它，打开它的程序也可能自行保留副本。用完后请删除。

保存 {0} 的副本吗？</translation>
    </message>
    <message>
        <source>{0} cannot be written: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <source>In the internal notes</source>
        <translation>列入内部笔记</translation>
    </message>
    <message>
        <source>Print this photograph with its caption in the delegation&apos;s internal notes (never in a report; left out if its consent forbids any use)</source>
        <translation>将此照片及其说明印入代表团的内部笔记（绝不列入报告；如同意范围禁止任何使用则不列入）</translation>
    </message>
    <message>
        <source>Keep the next file&apos;s original metadata</source>
        <translation>保留下一个文件的原始元数据</translation>
    </message>
    <message>
        <source>Store the next file as it is, with its GPS position, camera serial or author: recorded in its history</source>
        <translation>按原样保存下一个文件，包括其 GPS 位置、相机序列号或作者：记入其历史</translation>
    </message>
    <message>
        <source>Files of</source>
        <translation>文件所属</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>照片和文件</translation>
    </message>
    <message>
        <source>Ins adds a file, Ctrl+V pastes, Enter opens, F2 edits the caption, Del removes</source>
        <translation>Ins 添加文件，Ctrl+V 粘贴，回车键打开，F2 编辑说明，Del 删除</translation>
    </message>
    <message>
        <source>Show or hide the photos and documents</source>
        <translation>显示或隐藏照片和文件</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Attach a photo or document (Ins)</source>
        <translation>附加照片或文件（Ins）</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Attach the copied picture or files (Ctrl+V)</source>
        <translation>附加已复制的图像或文件（Ctrl+V）</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Show the selected file (Enter)</source>
        <translation>显示所选文件（回车键）</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <source>Write the file outside the database to open it elsewhere (Ctrl+Shift+E)</source>
        <translation>将文件写到数据库之外，以便用其他程序打开（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the selected file for good (Del)</source>
        <translation>永久删除所选文件（Del）</translation>
    </message>
    <message>
        <source>Consent for this file</source>
        <translation>此文件的同意范围</translation>
    </message>
    <message>
        <source>Photos and documents ({0})</source>
        <translation>照片和文件（{0}）</translation>
    </message>
    <message>
        <source>Space or Enter shows or hides the list of photos and documents</source>
        <translation>空格键或回车键显示或隐藏照片和文件列表</translation>
    </message>
    <message>
        <source>This interview</source>
        <translation>本次访谈</translation>
    </message>
    <message>
        <source>Allegation {0}: {1}</source>
        <translation>指控 {0}：{1}</translation>
    </message>
    <message>
        <source>Attach photos or documents</source>
        <translation>附加照片或文件</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.pptx)</source>
        <translation>照片和文件 (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx *.pptx)</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <source>The pasted picture</source>
        <translation>粘贴的图像</translation>
    </message>
    <message>
        <source>Pasted picture.png</source>
        <translation>粘贴的图像.png</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no file to attach.</source>
        <translation>剪贴板中没有可附加的图像或文件。</translation>
    </message>
    <message>
        <source>Attaching {0}…</source>
        <translation>正在附加 {0}…</translation>
    </message>
    <message>
        <source>{0} was not attached: {1}</source>
        <translation>{0} 未附加：{1}</translation>
    </message>
    <message>
        <source>{0} is {1} MB: the largest file allowed is {2} MB (change it in Settings).</source>
        <translation>{0} 为 {1} MB：允许的最大文件为 {2} MB（可在设置中更改）。</translation>
    </message>
    <message>
        <source>kept as it was, with its metadata</source>
        <translation>按原样保留，包括其元数据</translation>
    </message>
    <message>
        <source>removed {0}</source>
        <translation>已删除：{0}</translation>
    </message>
    <message>
        <source>no metadata to remove</source>
        <translation>没有需要删除的元数据</translation>
    </message>
    <message>
        <source>{0} attached: {1}.</source>
        <translation>{0} 已附加：{1}。</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>删除文件</translation>
    </message>
    <message>
        <source>Delete {0} from this database for good? It cannot be undone or restored.</source>
        <translation>从此数据库中永久删除 {0} 吗？此操作无法撤销或恢复。</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>the database is in use by another SPT Field window or command; your edit is kept here and saved as soon as the database is free</source>
        <extracomment>While another window or command holds the database, the edit is tried again this often. A save was refused: the field name (&quot;&quot; if none) and the message for the user. How a refusal reads for the user (a form gives it its labels).</extracomment>
        <translation>数据库正被另一个 SPT Field 窗口或命令使用；您的修改保留在此处，数据库一空闲即保存</translation>
    </message>
</context>
<context>
    <name>BackgroundJobs</name>
    <message>
        <source>SPT Field</source>
        <extracomment>How long a job may run before its progress dialog appears (a quick one shows none).</extracomment>
        <translation>SPT Field</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>查访</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>This backup does not open with this passphrase, or it is damaged</source>
        <translation>无法用此密码短语打开此备份，或该备份已损坏</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} MB</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <source>The database {0} and its backups are encrypted again with the new passphrase; afterwards the current one opens none of them. Without the new passphrase nobody, you included, can read them: keep it safe.</source>
        <translation>数据库 {0} 及其备份将用新密码短语重新加密；此后当前密码短语无法打开其中任何一个。没有新密码短语，任何人（包括您本人）都无法读取它们：请妥善保管。</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>当前密码短语(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>新密码短语(&amp;N)</translation>
    </message>
    <message>
        <source>the new passphrase is the same as the current one</source>
        <translation>新密码短语与当前密码短语相同</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Try again.</source>
        <translation>当前密码短语错误。请重试。</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>将此图表保存为 PNG 图像</translation>
    </message>
</context>
<context>
    <name>ConflictMarks</name>
    <message>
        <source>Conflicting edits from two laptops: resolve in Conflicts</source>
        <translation>两台笔记本电脑的修改相互冲突：请在“冲突”中解决</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Deleted on one laptop, edited on another</source>
        <extracomment>The pseudo-field of a deletion on one laptop against an edit on another. The prefix of a report narrative&apos;s field (&quot;narrative.&lt;section&gt;&quot;; its title names the section). Field labels per kind of record, as the record&apos;s form names them.</extracomment>
        <translation>在一台笔记本电脑上删除，在另一台上编辑</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>报告文本</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Kept (and edited)</source>
        <translation>保留（并已编辑）</translation>
    </message>
    <message>
        <source>unnamed member</source>
        <translation>未署名成员</translation>
    </message>
    <message>
        <source>{0}, laptop {1}, {2}</source>
        <translation>{0}，笔记本电脑 {1}，{2}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Keep the &amp;merged text</source>
        <extracomment>A conflict was resolved: markers and counts elsewhere refresh.</extracomment>
        <translation>保留合并后的文本(&amp;M)</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>未解决的冲突</translation>
    </message>
    <message>
        <source>Or merge the texts</source>
        <translation>或合并文本</translation>
    </message>
    <message>
        <source>Both versions are below, one after the other: edit them into one text.</source>
        <translation>两个版本依次列于下方：请将其编辑为一个文本。</translation>
    </message>
    <message>
        <source>Two laptops changed the same field differently since they last exchanged bundles: pick the version to keep.</source>
        <translation>自上次交换数据包以来，两台笔记本电脑对同一字段作了不同修改：请选择要保留的版本。</translation>
    </message>
    <message>
        <source>1 conflict to resolve. {0}</source>
        <translation>1个冲突待解决。{0}</translation>
    </message>
    <message>
        <source>{0} conflicts to resolve. {1}</source>
        <translation>{0}个冲突待解决。{1}</translation>
    </message>
    <message>
        <source>No open conflicts: every laptop&apos;s edits agree.</source>
        <translation>没有未解决的冲突：所有笔记本电脑的修改一致。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <source>Keep “{0}” as {1} of {2}? The other versions are dropped on every laptop once your next bundle reaches them. This cannot be undone with Undo; you can still edit the record afterwards.</source>
        <translation>将“{0}”保留为{2}的{1}？下一个数据包送达后，其他版本将在每台笔记本电脑上被舍弃。此操作无法用“撤消”恢复；之后仍可编辑该记录。</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>连接到服务器</translation>
    </message>
    <message>
        <source>Connection &amp;profiles</source>
        <translation>连接配置(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>No connection yet: Add one with the URL your headquarters gave you.</source>
        <translation>尚无连接：请使用总部提供的 URL 添加一个连接。</translation>
    </message>
</context>
<context>
    <name>CountryProfileDialog</name>
    <message>
        <source>Country profile: {0}</source>
        <translation>国家概况：{0}</translation>
    </message>
    <message>
        <source>as the report names it: the Office of …</source>
        <translation>按报告中的名称填写：……办公室</translation>
    </message>
    <message>
        <source>&amp;Add visit</source>
        <translation>添加查访(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move visit</source>
        <translation>删除查访(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Convention ratified on</source>
        <translation>《公约》批准日期(&amp;C)</translation>
    </message>
    <message>
        <source>Optional &amp;Protocol ratified on</source>
        <translation>《任择议定书》批准日期(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;National preventive mechanism</source>
        <translation>国家防范机制(&amp;N)</translation>
    </message>
    <message>
        <source>Mechanism &amp;designated on</source>
        <translation>机制指定日期(&amp;D)</translation>
    </message>
    <message>
        <source>Previous visits of the Subcommittee</source>
        <translation>小组委员会以往的查访</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong inside SPT Field (a bug). Your saved work is safe.</source>
        <translation>SPT Field 内部出错（程序缺陷）。已保存的工作不受影响。</translation>
    </message>
    <message>
        <source>Details are in {0}</source>
        <translation>详细信息见 {0}</translation>
    </message>
    <message>
        <source>SPT Field</source>
        <translation>SPT Field</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>The year whose visits are counted (by start date)</source>
        <extracomment>Which replies are overdue depends on the day; tests set another clock.</extracomment>
        <translation>统计其查访的年份（按开始日期）</translation>
    </message>
    <message>
        <source>Copy &amp;paragraph</source>
        <translation>复制段落(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the paragraph for the annual report</source>
        <translation>复制用于年度报告的段落</translation>
    </message>
    <message>
        <source>Copy &amp;all figures as text</source>
        <translation>以文本复制全部数字(&amp;A)</translation>
    </message>
    <message>
        <source>Copy every figure as lines of text</source>
        <translation>将每个数字复制为文本行</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>查访</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Visits conducted and postponed</source>
        <translation>已进行和推迟的查访</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Type or reason</source>
        <translation>类型或原因</translation>
    </message>
    <message>
        <source>Places visited by group</source>
        <translation>按类别分列的所查访场所</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Places visited by type</source>
        <translation>按类型分列的所查访场所</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Interviews by category of interviewee</source>
        <translation>按受访者类别分列的访谈</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Interviews by kind</source>
        <translation>按形式分列的访谈</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Recommendations by status</source>
        <translation>按落实情况分列的建议</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Reprisal cases by status</source>
        <translation>按状态分列的报复案件</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Overdue recommendations by kind of authority</source>
        <translation>按主管机关类别分列的逾期建议</translation>
    </message>
    <message>
        <source>Kind of authority</source>
        <translation>主管机关类别</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Recommendations by status, per visit</source>
        <translation>各次查访的建议执行状况</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>查访</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>For the annual report</source>
        <translation>用于年度报告</translation>
    </message>
    <message>
        <source>No figures: {0}</source>
        <translation>无数据：{0}</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>所有年份</translation>
    </message>
    <message>
        <source>Visits conducted: {0} · Interviews: {1} with {2} persons · Places visited: {3} · Replies overdue: {4}</source>
        <translation>已进行的查访：{0} · 访谈：{1}次，共{2}人 · 所查访场所：{3} · 逾期答复：{4}</translation>
    </message>
    <message>
        <source>{0}, from {1}</source>
        <translation>{0}，自 {1} 起</translation>
    </message>
    <message>
        <source>Overdue recommendations by kind of authority, all visits (as of {0})</source>
        <translation>按主管机关类别分列的逾期建议，所有查访（截至{0}）</translation>
    </message>
    <message>
        <source>Conducted (completed or in progress)</source>
        <translation>已进行（已完成或进行中）</translation>
    </message>
    <message>
        <source>Conducted</source>
        <translation>已进行</translation>
    </message>
    <message>
        <source>Transmitted to the State party</source>
        <translation>已转交缔约国</translation>
    </message>
    <message>
        <source>Replies received</source>
        <translation>已收到的答复</translation>
    </message>
    <message>
        <source>Replies overdue (as of {0})</source>
        <translation>逾期答复（截至{0}）</translation>
    </message>
    <message>
        <source>Replies not yet due</source>
        <translation>尚未到期的答复</translation>
    </message>
    <message>
        <source>Publication requested by the State party</source>
        <translation>缔约国请求公布</translation>
    </message>
    <message>
        <source>Publication requested by the NPM</source>
        <translation>国家防范机制请求公布</translation>
    </message>
    <message>
        <source>Published (with a public symbol)</source>
        <translation>已公布（有公开文号）</translation>
    </message>
    <message>
        <source>all visits, as of {0}</source>
        <translation>所有查访，截至 {0}</translation>
    </message>
    <message>
        <source>Save table as CSV</source>
        <translation>将表格另存为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save table as XLSX</source>
        <translation>将表格另存为 XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not save {0}</source>
        <translation>无法保存 {0}</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Passphrase for {0}</source>
        <translation>{0} 的密码短语</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>Choose a passphrase for {0}. Without it nobody, you included, can read the database: keep it safe.</source>
        <translation>请为 {0} 选择密码短语。没有它，任何人（包括您本人）都无法读取该数据库：请妥善保管。</translation>
    </message>
</context>
<context>
    <name>DatabaseSafety</name>
    <message>
        <source>Not for a database on a server: its backups, integrity and encryption are the server&apos;s, kept by its administrator</source>
        <extracomment>How many of a damaged database&apos;s problems the message lists (the log has them all).</extracomment>
        <translation>不适用于服务器上的数据库：其备份、完整性和加密由服务器负责，由服务器管理员维护</translation>
    </message>
    <message>
        <source>… and {0} more (all are in the log)</source>
        <translation>……另有{0}个（均已写入日志）</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The database {0} is damaged: the integrity check found {1} problem(s). Work saved in it may be unreadable and new work may be lost.</source>
        <translation>数据库 {0} 已损坏：完整性检查发现{1}个问题。其中保存的工作可能无法读取，新的工作可能丢失。</translation>
    </message>
    <message>
        <source>Restore the latest backup that is intact? The damaged file is kept beside the backups. Cancel closes the database and leaves it as it is.</source>
        <translation>恢复最近一个完好的备份？损坏的文件将保存在备份旁边。“取消”将关闭数据库并保持原样。</translation>
    </message>
    <message>
        <source>&amp;Restore latest good backup…</source>
        <translation>恢复最近的完好备份(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation>恢复最近的完好备份</translation>
    </message>
    <message>
        <source>Passphrase of {0}, to check its backups and restore one</source>
        <translation>{0} 的密码短语，用于检查其备份并恢复其中一个</translation>
    </message>
    <message>
        <source>Looking for the latest intact backup of {0}…</source>
        <translation>正在查找 {0} 最近的完好备份…</translation>
    </message>
    <message>
        <source>No intact backup of {0} was found: the damaged file was left as it is.</source>
        <translation>未找到 {0} 的完好备份：损坏的文件保持原样。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Passphrase of {0}, to list its backups</source>
        <translation>{0} 的密码短语，用于列出其备份</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <source>Restoring {0}…</source>
        <translation>正在恢复 {0}…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Passphrase of the backup {0}; it is restored as {1}</source>
        <translation>备份 {0} 的密码短语；它将恢复为 {1}</translation>
    </message>
    <message>
        <source>Restored {0} from the backup {1}</source>
        <translation>已从备份 {1} 恢复 {0}</translation>
    </message>
    <message>
        <source>Restored from the backup of {0}; the state before it is kept as a backup</source>
        <translation>已从 {0} 的备份恢复；恢复前的状态已保存为备份</translation>
    </message>
    <message>
        <source>Re-encrypting {0}…</source>
        <translation>正在重新加密 {0}…</translation>
    </message>
    <message>
        <source>Re-encrypting the backups of {0}…</source>
        <translation>正在重新加密 {0} 的备份…</translation>
    </message>
    <message>
        <source>Passphrase changed; the backups open with the new one only</source>
        <translation>密码短语已更改；备份只能用新的密码短语打开</translation>
    </message>
    <message>
        <source>Passphrase changed. {0} backup(s) could not be re-encrypted (damaged, or under another passphrase) and were left as they were: {1}</source>
        <translation>密码短语已更改。{0}个备份无法重新加密（已损坏，或使用其他密码短语），保持原样：{1}</translation>
    </message>
    <message>
        <source>Backups: the server&apos;s</source>
        <translation>备份：由服务器负责</translation>
    </message>
    <message>
        <source>Backed up {0}</source>
        <translation>已于 {0} 备份</translation>
    </message>
    <message>
        <source>Latest automatic backup: {0}</source>
        <translation>最近一次自动备份：{0}</translation>
    </message>
    <message>
        <source>✖ Backup failed</source>
        <translation>✖ 备份失败</translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation>备份失败：{0}</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Type the date as 2026-12-03 or {0}; Alt+Down opens a calendar</source>
        <translation>日期格式为 2026-12-03 或 {0}；Alt+向下键打开日历</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>打开日历</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>“{0}” is not a date: type YYYY-MM-DD</source>
        <translation>“{0}”不是日期：请输入 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a date is needed</source>
        <translation>必须填写日期</translation>
    </message>
</context>
<context>
    <name>DelegationPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>The report&apos;s roles agree with it (&quot;la cheffe de la délégation&quot;); not recorded keeps the wording that names no gender</source>
        <translation>报告中的职务与之一致（如法文的“la cheffe de la délégation”）；未记录时沿用不区分性别的措辞</translation>
    </message>
    <message>
        <source>Delegation &amp;members</source>
        <translation>代表团成员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete member</source>
        <translation>删除成员(&amp;D)</translation>
    </message>
    <message>
        <source>Add a member to the delegation</source>
        <translation>向代表团添加成员</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>头衔</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Protocol rank</source>
        <translation>礼宾顺序</translation>
    </message>
    <message>
        <source>Order of annex I in the category: 1 for the head of State or government, then the ministers as the State&apos;s protocol lists their ministries; the persons without a rank follow</source>
        <translation>附件一中本类别的排列顺序：国家元首或政府首脑为1，其后按国家礼宾顺序所列各部排列部长；未定顺序的人员排在其后</translation>
    </message>
    <message>
        <source>Perso&amp;ns met</source>
        <translation>会见人员(&amp;N)</translation>
    </message>
    <message>
        <source>Add &amp;person met</source>
        <translation>添加会见人员(&amp;P)</translation>
    </message>
    <message>
        <source>De&amp;lete person met</source>
        <translation>删除会见人员(&amp;L)</translation>
    </message>
    <message>
        <source>Add an official or other person the delegation met</source>
        <translation>添加代表团会见的官员或其他人员</translation>
    </message>
    <message>
        <source>Delete the selected row (can be undone)</source>
        <translation>删除所选行（可撤消）</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新人员</translation>
    </message>
    <message>
        <source>Could not add: {0}</source>
        <translation>无法添加：{0}</translation>
    </message>
    <message>
        <source>Could not delete: {0}</source>
        <translation>无法删除：{0}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete {0}? You can undo this with Undo.</source>
        <translation>删除 {0}？可以用“撤消”恢复。</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
</context>
<context>
    <name>EarlierVisitsPage</name>
    <message>
        <source>Place / earlier visit</source>
        <translation>场所 / 以往查访</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Findings of earlier visits at a place of the same name and region</source>
        <translation>以往查访同名同地区场所时的调查结果</translation>
    </message>
    <message>
        <source>Recommendations of earlier visits</source>
        <translation>以往查访提出的建议</translation>
    </message>
    <message>
        <source>Findings of earlier visits</source>
        <translation>以往访问的调查结果</translation>
    </message>
    <message>
        <source>Recommendations made at the places of this visit</source>
        <translation>针对本次查访场所提出的建议</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>What earlier visits recommended on their findings at a place of the same name and region; choose one to record how it stands</source>
        <translation>以往查访针对同名同地区场所的调查结果提出的建议；选择一项以记录其落实情况</translation>
    </message>
    <message>
        <source>Asked before at the places of this follow-up visit</source>
        <translation>此前针对本次后续查访场所提出的要求</translation>
    </message>
    <message>
        <source>Earlier findings at the places of this visit</source>
        <translation>本次查访场所的以往调查结果</translation>
    </message>
    <message>
        <source>Nothing to show: {0}</source>
        <translation>无可显示内容：{0}</translation>
    </message>
    <message>
        <source>Earlier visits to {0}: {1} recommendations of {2} visits to check.</source>
        <translation>以往对{0}的查访：需核查{2}次查访提出的{1}项建议。</translation>
    </message>
    <message>
        <source>No recommendations of earlier visits to {0}.</source>
        <translation>以往对{0}的查访未提出建议。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <source>Earlier findings: {0}</source>
        <translation>以往调查结果：{0}</translation>
    </message>
    <message>
        <source>No earlier findings</source>
        <translation>无以往调查结果</translation>
    </message>
    <message>
        <source>{0} (immediate observation)</source>
        <translation>{0}（即时意见）</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>{0}, {1} to {2}</source>
        <translation>{0}，{1}至{2}</translation>
    </message>
    <message>
        <source>Optional: headquarters, a colleague&apos;s name…</source>
        <translation>可选：总部、同事姓名…</translation>
    </message>
    <message>
        <source>Only what changed since the last bundle to this recipient</source>
        <translation>仅包含自上次发给此接收方的数据包以来的更改</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>查访(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>接收方(&amp;A)</translation>
    </message>
    <message>
        <source>A bundle carries the visit&apos;s records to another laptop or to headquarters, where they are merged with the records there.</source>
        <translation>数据包将查访记录带到另一台笔记本电脑或总部，并在那里与已有记录合并。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>there is no visit to export</source>
        <translation>没有可导出的查访</translation>
    </message>
    <message>
        <source>Field bundles (*.sptbundle)</source>
        <translation>现场数据包 (*.sptbundle)</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>正在写入数据包…</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Assembling the report</source>
        <extracomment>The steps report_bytes reports progress with, marked so that lupdate offers them to translate.</extracomment>
        <translation>正在汇编报告</translation>
    </message>
    <message>
        <source>Typesetting</source>
        <translation>正在排版</translation>
    </message>
    <message>
        <source>Checking the final text for names</source>
        <translation>正在检查最终文本中的姓名</translation>
    </message>
    <message>
        <source>Protecting with the password</source>
        <translation>正在设置密码保护</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>an interviewee consented to no use</source>
        <extracomment>Why a record is withheld, as the drafter reads it.</extracomment>
        <translation>一名受访者不同意任何使用</translation>
    </message>
    <message>
        <source>an interviewee allowed delegation use only</source>
        <translation>一名受访者仅允许代表团内部使用</translation>
    </message>
    <message>
        <source>an interviewee is at risk of reprisals</source>
        <translation>一名受访者面临遭受报复的风险</translation>
    </message>
    <message>
        <source>it answers only withheld findings</source>
        <translation>该建议仅针对被扣留的调查结果</translation>
    </message>
    <message>
        <source>Export report draft</source>
        <extracomment>The user asked to resolve the visit&apos;s open conflicts (the Conflicts view).</extracomment>
        <translation>导出报告草稿</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>解决冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>The State party</source>
        <translation>缔约国</translation>
    </message>
    <message>
        <source>The national preventive mechanism</source>
        <translation>国家防范机制</translation>
    </message>
    <message>
        <source>The language of every generated text; narratives stay as they were typed</source>
        <translation>所有自动生成文本的语言；叙述保持输入时的原样</translation>
    </message>
    <message>
        <source>Where to write the .pdf or .docx file</source>
        <translation>写入 .pdf 或 .docx 文件的位置</translation>
    </message>
    <message>
        <source>Optional: PDF (AES-256) or Word</source>
        <translation>可选：PDF（AES-256）或 Word</translation>
    </message>
    <message>
        <source>Withheld from this report</source>
        <translation>本报告中扣留的内容</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Withheld from this report, as no source of theirs may be used: %n</source>
        <translation>
            <numerusform>本报告中扣留的内容(&amp;W)（其来源均不得使用）：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Addressed to</source>
        <translation>收件方(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>第一页预览</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>预览(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Finding “{0}”: {1}</source>
        <translation>调查结果“{0}”：{1}</translation>
    </message>
    <message>
        <source>Recommendation “{0}”: {1}</source>
        <translation>建议“{0}”：{1}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) from field sync are open in this visit: the report shows only one version of each conflicting field. Resolve them first, or export anyway.</source>
        <translation>
            <numerusform>此查访中有%n个现场同步冲突尚未解决：报告只显示每个冲突字段的一个版本。请先解决，或仍然导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation>PDF (*.pdf);;Word (*.docx)</translation>
    </message>
    <message>
        <source>choose where to write the file</source>
        <translation>请选择写入文件的位置</translation>
    </message>
    <message>
        <source>Written to {0}</source>
        <translation>已写入 {0}</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>未导出：{0}</translation>
    </message>
</context>
<context>
    <name>FieldSync</name>
    <message>
        <source>1 conflict to resolve</source>
        <translation>1个冲突待解决</translation>
    </message>
    <message>
        <source>{0} conflicts to resolve</source>
        <translation>{0}个冲突待解决</translation>
    </message>
    <message>
        <source>Open the Conflicts view</source>
        <translation>打开“冲突”视图</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>There is no visit to export yet.</source>
        <translation>尚无可导出的查访。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to {0}. Give the file to the recipient, and the delegation passphrase separately.</source>
        <translation>
            <numerusform>已将%n条记录写入 {0}。请将文件交给接收方，并另行告知代表团密码短语。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureBox</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this table to the clipboard, to paste into a spreadsheet or a text</source>
        <translation>将此表格复制到剪贴板，以便粘贴到电子表格或文本中</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <source>Save this table as a CSV file</source>
        <translation>将此表格保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Save as XLSX…</source>
        <translation>另存为 XLSX…</translation>
    </message>
    <message>
        <source>Save this table as an Excel workbook</source>
        <translation>将此表格保存为 Excel 工作簿</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>FindingForm</name>
    <message>
        <source>Raised on the spot as an i&amp;mmediate observation</source>
        <translation>已当场作为即时意见提出(&amp;M)</translation>
    </message>
    <message>
        <source>Ticked if the delegation raised this with the authorities during the visit</source>
        <translation>如代表团在查访期间已向当局提出，则勾选</translation>
    </message>
    <message>
        <source>The thematic area under which the report presents it</source>
        <translation>报告中归入的专题领域</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>领域(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>严重程度(&amp;S)</translation>
    </message>
    <message>
        <source>Cross-cutting (no single place)</source>
        <translation>跨领域（不限于某一场所）</translation>
    </message>
    <message>
        <source>Where it was observed; cross-cutting if it concerns several places</source>
        <translation>观察到的场所；涉及多个场所时为跨领域</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>场所(&amp;P)</translation>
    </message>
    <message>
        <source>One line, e.g. No register of the use of force</source>
        <translation>一行，例如：没有使用武力登记册</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>What the delegation observed, where and when</source>
        <translation>代表团观察到的情况、地点和时间</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>正文(&amp;X)</translation>
    </message>
    <message>
        <source>Tick the standards the report cites for this finding</source>
        <translation>勾选报告就此调查结果引用的标准</translation>
    </message>
    <message>
        <source>Standards &amp;cited</source>
        <translation>所引标准(&amp;C)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Pseudonym, place, category or consent</source>
        <translation>化名、场所、类别或同意范围</translation>
    </message>
    <message>
        <source>Show only the interviews matching every word</source>
        <translation>仅显示与所有词语匹配的访谈</translation>
    </message>
    <message>
        <source>Tick the interviews this finding rests on. ⚠ in red: reprisal risk. Greyed: the consent does not allow citing it in the report.</source>
        <translation>勾选本调查结果所依据的访谈。红色 ⚠：有遭受报复的风险。灰色：同意范围不允许在报告中引用。</translation>
    </message>
    <message>
        <source>Tick the other sources this finding rests on</source>
        <translation>勾选本调查结果所依据的其他来源</translation>
    </message>
    <message>
        <source>A finding is triangulated when two or more independent sources support it</source>
        <translation>有两个或更多独立来源佐证时，调查结果即经过三角互证</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>访谈(&amp;I)</translation>
    </message>
    <message>
        <source>Other so&amp;urces</source>
        <translation>其他来源(&amp;U)</translation>
    </message>
    <message>
        <source>Fi&amp;lter</source>
        <translation>筛选(&amp;B)</translation>
    </message>
    <message>
        <source>Evidence: {0} interviews + {1} other sources</source>
        <translation>证据：{0}次访谈 + {1}个其他来源</translation>
    </message>
</context>
<context>
    <name>FollowUpTracker</name>
    <message>
        <source>Visits whose reply is overdue are marked ⚠ and shown in red</source>
        <extracomment>Which replies are overdue depends on the day; tests set another clock.</extracomment>
        <translation>答复逾期的访问标有 ⚠ 并以红色显示</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Show the visits to one country only</source>
        <translation>仅显示对某一国家的查访</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>Show only recommendations with this status, and the visits that made them</source>
        <translation>仅显示处于此状态的建议及提出这些建议的查访</translation>
    </message>
    <message>
        <source>Any addressee</source>
        <translation>任何收件方</translation>
    </message>
    <message>
        <source>Show only recommendations to this addressee</source>
        <translation>仅显示致此收件方的建议</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>A&amp;ddressee:</source>
        <translation>收件方(&amp;D)：</translation>
    </message>
    <message>
        <source>Visits and their reports</source>
        <translation>查访及其报告</translation>
    </message>
    <message>
        <source>Recommendations of the selected visit</source>
        <translation>所选查访的建议</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>Could not read the visits: {0}</source>
        <translation>无法读取查访：{0}</translation>
    </message>
    <message>
        <source>Visits: {0} · Replies overdue: {1}</source>
        <translation>查访：{0} · 逾期答复：{1}</translation>
    </message>
    <message>
        <source>Could not read the visit: {0}</source>
        <translation>无法读取该查访：{0}</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
</context>
<context>
    <name>FollowedRecommendationModel</name>
    <message>
        <source>Visit</source>
        <translation>查访</translation>
    </message>
    <message>
        <source>Para.</source>
        <translation>段</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>收件方</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>State reply</source>
        <translation>国家答复</translation>
    </message>
    <message>
        <source>Visit of {0} to {1}</source>
        <extracomment>An edit was refused: the message for the user. An edit was saved.</extracomment>
        <translation>{0}至{1}的查访</translation>
    </message>
    <message>
        <source>No reply recorded</source>
        <translation>未记录答复</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change the status</source>
        <translation>双击或按 F2 更改状态</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History: {0}</source>
        <translation>历史记录：{0}</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first. Who made each change is the member set in Settings on the laptop that made it.</source>
        <translation>
            <numerusform>%n处更改，最新的在前。每处更改的作者是作出更改的笔记本电脑“设置”中所填的成员。</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected change, in full</source>
        <translation>所选更改的完整内容</translation>
    </message>
    <message>
        <source>Before (removed words struck through)</source>
        <translation>更改前（删除的词加删除线）</translation>
    </message>
    <message>
        <source>After (added words underlined)</source>
        <translation>更改后（添加的词加下划线）</translation>
    </message>
    <message>
        <source>Removed words are marked [- -], added ones [+ +]: {0}</source>
        <translation>删除的词标为 [- -]，添加的词标为 [+ +]：{0}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Identity shown or exported</source>
        <translation>身份已显示或导出</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <source>Report finalized</source>
        <translation>报告已定稿</translation>
    </message>
    <message>
        <source>Report draft reopened</source>
        <translation>报告草稿已重新打开</translation>
    </message>
    <message>
        <source>Written to a file outside</source>
        <translation>已写入外部文件</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>(recorded; not kept in the history)</source>
        <translation>（已记录；未保存在历史记录中）</translation>
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
        <source>Linked records: {0}</source>
        <translation>关联记录：{0}</translation>
    </message>
    <message>
        <source>unnamed member (laptop {0})</source>
        <translation>未署名成员（笔记本电脑 {0}）</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>Real name: kept apart, never in a report</source>
        <translation>真实姓名：单独保存，绝不写入报告</translation>
    </message>
    <message>
        <source>The interviewee&apos;s real identity. Saved when you leave the field or hide it.</source>
        <translation>受访者的真实身份。离开该字段或将其隐藏时保存。</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>Hide the identity again</source>
        <translation>再次隐藏身份</translation>
    </message>
    <message>
        <source>Identity recorded</source>
        <translation>已记录身份</translation>
    </message>
    <message>
        <source>A real identity is recorded, kept apart from the notes</source>
        <translation>已记录真实身份，与笔记分开保存</translation>
    </message>
    <message>
        <source>Show &amp;identity…</source>
        <translation>显示身份(&amp;I)…</translation>
    </message>
    <message>
        <source>Reveal the recorded identity (asks first)</source>
        <translation>显示已记录的身份（会先确认）</translation>
    </message>
    <message>
        <source>No identity recorded</source>
        <translation>未记录身份</translation>
    </message>
    <message>
        <source>Only the pseudonym is known to the database</source>
        <translation>数据库中仅有化名</translation>
    </message>
    <message>
        <source>Record &amp;identity…</source>
        <translation>记录身份(&amp;I)…</translation>
    </message>
    <message>
        <source>Record the interviewee&apos;s real identity</source>
        <translation>记录受访者的真实身份</translation>
    </message>
</context>
<context>
    <name>ImportBundleDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are merged with this database&apos;s: where both changed the same field differently, both versions are kept as a conflict for you to resolve.</source>
        <translation>数据包中的记录将与此数据库的记录合并：双方对同一字段作了不同修改时，两个版本都会作为冲突保留，由您解决。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Field bundles (*.sptbundle)</source>
        <translation>现场数据包 (*.sptbundle)</translation>
    </message>
    <message>
        <source>Merging the bundle…</source>
        <translation>正在合并数据包…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Bundle imported</source>
        <translation>数据包已导入</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message numerus="yes">
        <source>The bundle was merged. %n field(s) were changed differently on the other laptop: both versions are kept until you choose.</source>
        <translation>
            <numerusform>数据包已合并。另一台笔记本电脑对%n个字段作了不同修改：两个版本都会保留，直至您作出选择。</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle was merged without conflicts.</source>
        <translation>数据包已合并，无冲突。</translation>
    </message>
    <message>
        <source>Nothing new: this database already held everything in the bundle.</source>
        <translation>没有新内容：此数据库已包含数据包中的全部内容。</translation>
    </message>
    <message>
        <source>an unnamed member</source>
        <translation>一名未署名成员</translation>
    </message>
    <message>
        <source>From {0} (laptop {1}).</source>
        <translation>来自{0}（笔记本电脑 {1}）。</translation>
    </message>
    <message>
        <source>&amp;Resolve conflicts…</source>
        <translation>解决冲突(&amp;R)…</translation>
    </message>
    <message>
        <source>Signing key of that laptop: {0}</source>
        <translation>该笔记本电脑的签名密钥：{0}</translation>
    </message>
    <message>
        <source>This is the first bundle from that laptop: its key is now remembered. Compare the key with the sender, in person or by phone; a later bundle from that laptop signed with another key will be refused.</source>
        <translation>这是来自该笔记本电脑的第一个数据包：其密钥现已记录。请当面或通过电话与发送者核对该密钥；此后来自该电脑但以其他密钥签名的数据包将被拒绝。</translation>
    </message>
</context>
<context>
    <name>InternalNotesDialog</name>
    <message>
        <source>Export internal visit notes</source>
        <translation>导出内部访问笔记</translation>
    </message>
    <message>
        <source>The internal notes hold every interview note and allegation, under pseudonyms, and mark the persons at risk of reprisals. They never leave the delegation and are always encrypted: choose a password and give it only to its members.</source>
        <translation>内部笔记以化名载有所有访谈笔记和指控，并标明面临报复风险的人员。笔记绝不离开代表团，并始终加密：请选择一个密码，仅告知代表团成员。</translation>
    </message>
    <message>
        <source>Where to write the .pdf file</source>
        <translation>PDF 文件的保存位置</translation>
    </message>
    <message>
        <source>Required (AES-256)</source>
        <translation>必填（AES-256）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>choose where to write the file</source>
        <translation>请选择文件的保存位置</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>未导出：{0}</translation>
    </message>
</context>
<context>
    <name>InterviewDetails</name>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>Show or hide date, time, interviewers and interviewee</source>
        <translation>显示或隐藏日期、时间、访谈人和受访者</translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <extracomment>The always visible line of the group; the form adds the identity panel at its end.</extracomment>
        <translation>日期(&amp;E)</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>时间(&amp;M)</translation>
    </message>
    <message>
        <source>Interpre&amp;ter</source>
        <translation>口译员(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Type a country name or code; leave empty if unknown</source>
        <translation>输入国家名称或代码；不详时留空</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <source>Age &amp;bracket</source>
        <translation>年龄段(&amp;B)</translation>
    </message>
    <message>
        <source>Legal stat&amp;us</source>
        <translation>法律身份(&amp;U)</translation>
    </message>
    <message>
        <source>Nationalit&amp;y</source>
        <translation>国籍(&amp;Y)</translation>
    </message>
    <message>
        <source>Tick the delegation members who held the interview</source>
        <translation>勾选进行访谈的代表团成员</translation>
    </message>
    <message>
        <source>Intervie&amp;wers</source>
        <translation>访谈人(&amp;W)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>no interviewer ticked</source>
        <translation>未勾选访谈人</translation>
    </message>
    <message>
        <source>interpreter: {0}</source>
        <translation>口译员：{0}</translation>
    </message>
</context>
<context>
    <name>InterviewEvidence</name>
    <message>
        <source>Person {0}</source>
        <translation>人员{0}</translation>
    </message>
    <message>
        <source>Reprisal risk: this person must never be identifiable.</source>
        <translation>有遭受报复的风险：绝不能让此人被识别。</translation>
    </message>
    <message>
        <source>The consent given (“{0}”) does not allow use in a report: this interview cannot be cited in the report, which will leave it out.</source>
        <translation>所给予的同意（“{0}”）不允许在报告中使用：本访谈不能被引用，报告将略去它。</translation>
    </message>
</context>
<context>
    <name>InterviewFields</name>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <source>How reports refer to this person (“person A”): never a name</source>
        <extracomment>The user asked for a finding from a passage of the notes: (interview id, passage).</extracomment>
        <translation>报告中对此人的称谓（“人员A”）：绝不使用姓名</translation>
    </message>
    <message>
        <source>&amp;Pseudonym</source>
        <translation>化名(&amp;P)</translation>
    </message>
    <message>
        <source>A group interview has no confidentiality: keep sensitive topics individual</source>
        <translation>集体访谈无法保密：敏感话题请个别访谈</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>形式(&amp;K)</translation>
    </message>
    <message>
        <source>Number of persons interviewed (2 or more in a group)</source>
        <translation>受访人数（集体访谈为2人或以上）</translation>
    </message>
    <message>
        <source>Per&amp;sons</source>
        <translation>人数(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>Priva&amp;te</source>
        <translation>私下(&amp;G)</translation>
    </message>
    <message>
        <source>Reprisa&amp;l risk</source>
        <translation>报复风险(&amp;B)</translation>
    </message>
    <message>
        <source>Held in private, without witnesses (OPCAT art. 14 (1) (d))</source>
        <translation>私下进行，无旁人在场（《任择议定书》第14条第1款(d)项）</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>同意(&amp;O)</translation>
    </message>
    <message>
        <source>Flag an interviewee at risk of intimidation or reprisals (OPCAT art. 15)</source>
        <translation>标记有遭受恐吓或报复风险的受访者（《任择议定书》第15条）</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <source>Create &amp;finding from selection</source>
        <translation>根据所选内容创建调查结果(&amp;F)</translation>
    </message>
    <message>
        <source>Show the real identity of this interviewee on screen? Make sure nobody else can see your screen.</source>
        <translation>在屏幕上显示此受访者的真实身份？请确保无他人能看到您的屏幕。</translation>
    </message>
    <message>
        <source>This person is flagged at risk of reprisals.</source>
        <translation>此人已被标记为有遭受报复的风险。</translation>
    </message>
    <message>
        <source>Show identity</source>
        <translation>显示身份</translation>
    </message>
</context>
<context>
    <name>InterviewHeader</name>
    <message>
        <source>&lt;b&gt;Informed consent: how the interviewee allows their information to be used.&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;No use&lt;/b&gt;: nothing from this interview may be used.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Delegation use only&lt;/b&gt;: the delegation may use it internally, never in a report.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Anonymous use in the report&lt;/b&gt;: may be used in the report without anything that identifies the person.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Anonymous use and transmission&lt;/b&gt;: anonymous use, and allegations may be passed to the authorities.&lt;/li&gt;&lt;/ul&gt;When in doubt, choose the narrower scope: do no harm.</source>
        <translation>&lt;b&gt;知情同意：受访者允许如何使用其信息。&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;不得使用&lt;/b&gt;：本访谈的任何内容均不得使用。&lt;/li&gt;&lt;li&gt;&lt;b&gt;仅限代表团内部使用&lt;/b&gt;：代表团可在内部使用，绝不写入报告。&lt;/li&gt;&lt;li&gt;&lt;b&gt;在报告中匿名使用&lt;/b&gt;：可在报告中使用，但不得包含任何可识别此人的信息。&lt;/li&gt;&lt;li&gt;&lt;b&gt;匿名使用并转交当局&lt;/b&gt;：匿名使用，且指控可转交当局。&lt;/li&gt;&lt;/ul&gt;如有疑问，请选择范围较窄的选项：不造成伤害。</translation>
    </message>
    <message>
        <source>⚠ Reprisal risk</source>
        <translation>⚠ 报复风险</translation>
    </message>
    <message>
        <source>This interviewee is flagged at risk of reprisals (OPCAT art. 15): nothing that leaves the delegation may make the person identifiable. Follow up on later visits.</source>
        <translation>此受访者已被标记为有遭受报复的风险（《任择议定书》第15条）：代表团对外提供的任何内容均不得使其可被识别。请在以后的查访中跟进。</translation>
    </message>
</context>
<context>
    <name>InterviewNotesEdit</name>
    <message>
        <source>Type the interview notes here: they are saved as you type.</source>
        <translation>在此输入访谈笔记：输入时即自动保存。</translation>
    </message>
    <message>
        <source>Create &amp;finding from selection</source>
        <translation>根据所选内容创建调查结果(&amp;F)</translation>
    </message>
    <message>
        <source>Start a finding from the selected passage, with this interview as evidence</source>
        <translation>根据所选段落创建调查结果，并以本访谈为证据</translation>
    </message>
</context>
<context>
    <name>InterviewTable</name>
    <message>
        <source>Pseudonym, place, category, notes…</source>
        <extracomment>The user asked to open an interview (its id).</extracomment>
        <translation>化名、场所、类别、笔记…</translation>
    </message>
    <message>
        <source>Shows only the loaded rows containing this text; scroll down to load more</source>
        <translation>仅显示已加载的包含此文本的行；向下滚动可加载更多</translation>
    </message>
    <message>
        <source>All interviews</source>
        <translation>所有访谈</translation>
    </message>
    <message>
        <source>Enter opens the selected interview</source>
        <translation>按 Enter 打开所选访谈</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open an interview</source>
        <translation>双击或按 Enter 打开访谈</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>筛选(&amp;A)：</translation>
    </message>
    <message>
        <source>{0} of {1} loaded rows match</source>
        <translation>已加载的{1}行中有{0}行匹配</translation>
    </message>
    <message>
        <source>{0} of {1} interviews loaded</source>
        <translation>已加载{1}次访谈中的{0}次</translation>
    </message>
    <message>
        <source>1 interview</source>
        <translation>1次访谈</translation>
    </message>
    <message>
        <source>{0} interviews</source>
        <translation>{0}次访谈</translation>
    </message>
</context>
<context>
    <name>InterviewTableModel</name>
    <message>
        <source>Pseudonym</source>
        <translation>化名</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Reprisal risk</source>
        <translation>报复风险</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Group of {0}</source>
        <translation>{0}人小组</translation>
    </message>
    <message>
        <source>⚠ marks a person at risk of reprisals</source>
        <translation>⚠ 表示有遭受报复风险的人</translation>
    </message>
    <message>
        <source>Reprisal risk: this person must never be identifiable</source>
        <translation>有遭受报复的风险：绝不能让此人被识别</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>SPT Field locks as soon as your edit is saved (the database is in use).</source>
        <translation>您的修改一保存，SPT Field 即锁定（数据库正在使用中）。</translation>
    </message>
    <message>
        <source>One edit could not be saved: the database was in use by another SPT Field window or command. It was discarded when SPT Field locked; please enter it again.</source>
        <translation>有一项修改未能保存：数据库正被另一个 SPT Field 窗口或命令使用。SPT Field 锁定时已将其丢弃，请重新输入。</translation>
    </message>
    <message>
        <source>One edit broke a rule and could not be saved (the form showed why); it was discarded when SPT Field locked. Please enter it again.</source>
        <translation>有一处修改违反规则，未能保存（表单已显示原因）；SPT Field 锁定时已将其舍弃。请重新输入。</translation>
    </message>
    <message>
        <source>Unlock SPT Field</source>
        <translation>解锁 SPT Field</translation>
    </message>
    <message>
        <source>SPT Field was locked. Passphrase for {0}</source>
        <translation>SPT Field 已锁定。{0} 的密码短语</translation>
    </message>
    <message>
        <source>SPT Field was locked. The server&apos;s password for {0}</source>
        <translation>SPT Field 已锁定。{0} 的服务器密码</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&lt;h2&gt;SPT Field is locked&lt;/h2&gt;</source>
        <extracomment>How long a lock waits for an edit held up by another window or command writing the database, and how often it tries again meanwhile. What the user does with mouse, keyboard, wheel or touch: each one restarts the idle timer. The encrypted file, or None for a database on a server (`server`).</extracomment>
        <translation>&lt;h2&gt;SPT Field 已锁定&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>Enter the database passphrase to continue</source>
        <translation>输入数据库的密码短语以继续</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Leave SPT Field; the database stays closed</source>
        <translation>退出 SPT Field；数据库保持关闭</translation>
    </message>
    <message>
        <source>&amp;Emergency erase…</source>
        <translation>紧急清除(&amp;E)…</translation>
    </message>
    <message>
        <source>Delete the database, its backups and every trace of SPT Field on this laptop</source>
        <translation>删除数据库、其备份以及 SPT Field 在此笔记本电脑上的所有痕迹</translation>
    </message>
    <message>
        <source>The connection to the server database {0} was closed to protect it; what you entered was saved. Unlock to connect again (the server&apos;s password is asked unless this computer keeps it).</source>
        <translation>为保护服务器数据库 {0}，与其的连接已关闭；您输入的内容已保存。解锁即可重新连接（除非本计算机保存了服务器密码，否则将要求输入该密码）。</translation>
    </message>
    <message>
        <source>Connect to the server again</source>
        <translation>重新连接到服务器</translation>
    </message>
    <message>
        <source>The database {0} was closed to protect it; what you entered was saved. Unlock with the database passphrase.</source>
        <translation>为保护数据库 {0}，已将其关闭；您输入的内容已保存。请用数据库的密码短语解锁。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SPT Field</source>
        <extracomment>The first window&apos;s size where the screen allows it.</extracomment>
        <translation>SPT Field</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Connect to a ser&amp;ver…</source>
        <translation>连接到服务器(&amp;V)…</translation>
    </message>
    <message>
        <source>Open the shared database on your headquarters&apos; PostgreSQL server</source>
        <translation>打开总部 PostgreSQL 服务器上的共享数据库</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>关闭数据库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Hide everything and close the database until unlocked</source>
        <translation>隐藏所有内容并关闭数据库，直至解锁</translation>
    </message>
    <message>
        <source>&amp;Emergency erase…</source>
        <translation>紧急清除(&amp;E)…</translation>
    </message>
    <message>
        <source>Delete this database, its backups and the recent list, then quit</source>
        <translation>删除此数据库、其备份和最近使用列表，然后退出</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>更改密码短语(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>导出数据包(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the visit&apos;s records to a file for another laptop or headquarters</source>
        <translation>将查访记录写入文件，供另一台笔记本电脑或总部使用</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>Merge the records another laptop exported into this database</source>
        <translation>将另一台笔记本电脑导出的记录合并到此数据库</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Fields two laptops changed differently: choose the version to keep</source>
        <translation>两台笔记本电脑作了不同修改的字段：请选择要保留的版本</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Who changed this record, when, and from which value to which</source>
        <translation>谁在何时修改了此记录，以及从哪个值改为哪个值</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>查访(&amp;V)</translation>
    </message>
    <message>
        <source>New &amp;visit…</source>
        <translation>新建查访(&amp;V)…</translation>
    </message>
    <message>
        <source>New &amp;place</source>
        <translation>新建场所(&amp;P)</translation>
    </message>
    <message>
        <source>New &amp;interview</source>
        <translation>新建访谈(&amp;I)</translation>
    </message>
    <message>
        <source>New &amp;finding</source>
        <translation>新建调查结果(&amp;F)</translation>
    </message>
    <message>
        <source>New &amp;recommendation</source>
        <translation>新建建议(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export report draft…</source>
        <translation>导出报告草稿(&amp;E)…</translation>
    </message>
    <message>
        <source>Countr&amp;y profile…</source>
        <translation>国家概况(&amp;Y)…</translation>
    </message>
    <message>
        <source>The ratifications, the national preventive mechanism and the earlier visits the report&apos;s introduction states</source>
        <translation>报告导言所述的批准情况、国家防范机制和以往查访</translation>
    </message>
    <message>
        <source>Export &amp;internal visit notes…</source>
        <translation>导出查访内部笔记(&amp;I)…</translation>
    </message>
    <message>
        <source>Delegation pro&amp;gramme</source>
        <translation>代表团日程(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Follow-up tracker</source>
        <translation>后续跟踪(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Overdue recommendations</source>
        <translation>逾期建议(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;prisals register</source>
        <translation>报复登记册(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;About SPT Field</source>
        <translation>关于 SPT Field(&amp;A)</translation>
    </message>
    <message>
        <source>Start an interview at the current place with the last team pre-filled (Ctrl+N)</source>
        <translation>在当前场所开始访谈，并预填上一次的访谈小组（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>查访(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>撤消(&amp;U)：{0}</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>重做(&amp;R)：{0}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your name as the delegation knows you: History and field bundles record it with every change you make (Settings can change it later).</source>
        <translation>代表团所知的您的姓名：历史记录和外勤数据包会将其与您所做的每项更改一并记录（以后可在“设置”中更改）。</translation>
    </message>
    <message>
        <source>Encrypted database: {0}</source>
        <translation>加密数据库：{0}</translation>
    </message>
    <message>
        <source>Server database: {0}</source>
        <translation>服务器数据库：{0}</translation>
    </message>
    <message>
        <source>On the server {0}, shared with headquarters</source>
        <translation>位于服务器 {0}，与总部共享</translation>
    </message>
    <message>
        <source>{0} — SPT Field</source>
        <translation>{0} — SPT Field</translation>
    </message>
    <message>
        <source>Unsaved edit</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>An edit breaks a rule and could not be saved (see the form&apos;s message). Close anyway and lose that edit?</source>
        <translation>有一处修改违反规则，未能保存（见表单中的提示）。仍要关闭并放弃该修改吗？</translation>
    </message>
    <message>
        <source>✔ All changes saved</source>
        <translation>✔ 所有更改均已保存</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <source>✖ Not saved: {0}</source>
        <translation>✖ 未保存：{0}</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>新建访谈</translation>
    </message>
    <message>
        <source>Add a place first: interviews happen at a place.</source>
        <translation>请先添加场所：访谈在场所内进行。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this {0}? You can undo it with Ctrl+Z.</source>
        <translation>删除此{0}？可按 Ctrl+Z 撤消。</translation>
    </message>
    <message>
        <source>Finalize numbering</source>
        <translation>确定编号</translation>
    </message>
    <message>
        <source>Store every recommendation&apos;s paragraph number as the report prints it now, and freeze the report? The State party&apos;s reply will cite these numbers; editing the findings or recommendations afterwards asks to reopen the draft.</source>
        <translation>按报告当前的编号保存每项建议的段落号并冻结报告？缔约国的答复将引用这些编号；此后修改调查结果或建议时将要求重新打开草稿。</translation>
    </message>
    <message>
        <source>{0} recommendations numbered</source>
        <translation>已为{0}项建议编号</translation>
    </message>
    <message>
        <source>Written to {0}</source>
        <translation>已写入 {0}</translation>
    </message>
    <message>
        <source>Reopen the report draft?</source>
        <translation>重新打开报告草稿？</translation>
    </message>
    <message>
        <source>The report on this visit is final: the State party&apos;s reply quotes its paragraph numbers, and exporting it again prints it as it was finalized. Reopen the draft to make this change? Reopening is recorded in the history, and the report must be finalized again.</source>
        <translation>本次查访的报告已定稿：缔约国的答复引用其段落编号，再次导出时按定稿时的内容打印。是否重新打开草稿以作此更改？重新打开将记入历史记录，报告须再次定稿。</translation>
    </message>
    <message>
        <source>Emergency erase</source>
        <translation>紧急清除</translation>
    </message>
    <message>
        <source>This deletes {0}, its write-ahead log and all its backups, SPT Field&apos;s log and settings (the member&apos;s name, recent databases, remembered folders), offers to delete the reports, exports and bundles it wrote, and quits. It cannot be undone.

Type ERASE to confirm:</source>
        <translation>这将删除 {0}、其预写日志及所有备份，以及 SPT Field 的日志和设置（成员姓名、最近使用的数据库、记住的文件夹），提示删除其写入的报告、导出文件和数据包，然后退出。此操作无法撤销。

输入 ERASE 以确认：</translation>
    </message>
    <message>
        <source>About SPT Field</source>
        <translation>关于 SPT Field</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SPT Field {0}&lt;/h3&gt;&lt;p&gt;An offline tool for visits to places of deprivation of liberty: places, interviews, findings and the confidential visit report.&lt;/p&gt;&lt;p&gt;Every database is encrypted (SQLCipher).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SPT Field {0}&lt;/h3&gt;&lt;p&gt;用于查访剥夺自由场所的离线工具：场所、访谈、调查结果和机密查访报告。&lt;/p&gt;&lt;p&gt;每个数据库均已加密（SQLCipher）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>An edit breaks a rule and could not be saved (see the form&apos;s message). Change the language now and lose that edit? Otherwise the new language is used from the next start.</source>
        <translation>有一处修改违反规则，未能保存（见表单中的提示）。现在更改语言并放弃该修改吗？否则将在下次启动时使用新语言。</translation>
    </message>
</context>
<context>
    <name>MetadataWords</name>
    <message>
        <source>GPS position</source>
        <translation>GPS 位置</translation>
    </message>
    <message>
        <source>camera serial number</source>
        <translation>相机序列号</translation>
    </message>
    <message>
        <source>lens serial number</source>
        <translation>镜头序列号</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation>所有者姓名</translation>
    </message>
    <message>
        <source>maker notes</source>
        <translation>厂商注释</translation>
    </message>
    <message>
        <source>camera make and model</source>
        <translation>相机品牌和型号</translation>
    </message>
    <message>
        <source>EXIF</source>
        <translation>EXIF</translation>
    </message>
    <message>
        <source>XMP</source>
        <translation>XMP</translation>
    </message>
    <message>
        <source>IPTC</source>
        <translation>IPTC</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>text fields</source>
        <translation>文本字段</translation>
    </message>
    <message>
        <source>colour profile naming the device</source>
        <translation>标明设备的颜色配置文件</translation>
    </message>
    <message>
        <source>author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>last modified by</source>
        <translation>最后修改者</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>creating program</source>
        <translation>创建程序</translation>
    </message>
    <message>
        <source>producing program</source>
        <translation>生成程序</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>关键词</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Person {0}</source>
        <translation>人员{0}</translation>
    </message>
    <message>
        <source>Reprisal risk: this person must never be identifiable</source>
        <translation>有遭受报复的风险：绝不能让此人被识别</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>查访</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Delegation and persons met</source>
        <translation>代表团和会见人员</translation>
    </message>
    <message>
        <source>Earlier visits</source>
        <translation>以往查访</translation>
    </message>
    <message>
        <source>All interviews ({0})</source>
        <translation>全部访谈（{0}）</translation>
    </message>
    <message>
        <source>Report draft</source>
        <translation>报告草稿</translation>
    </message>
    <message>
        <source>Places ({0})</source>
        <translation>场所（{0}）</translation>
    </message>
    <message>
        <source>Findings ({0})</source>
        <translation>调查结果（{0}）</translation>
    </message>
    <message>
        <source>Recommendations ({0})</source>
        <translation>建议（{0}）</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <source>New visit</source>
        <translation>新建查访</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>国家(&amp;C)</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起(&amp;F)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>止(&amp;O)</translation>
    </message>
</context>
<context>
    <name>OverdueModel</name>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>当局</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>OverdueView</name>
    <message>
        <source>Show the recommendations to one country only</source>
        <translation>只显示致一个国家的建议</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>任何当局</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>任何主题</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>Overdue recommendations</source>
        <translation>逾期建议</translation>
    </message>
    <message>
        <source>Export as &amp;XLSX…</source>
        <translation>导出为 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>Ex&amp;port as CSV…</source>
        <translation>导出为 CSV(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <source>Au&amp;thority:</source>
        <translation>当局(&amp;T)：</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>主题(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Could not read the recommendations: {0}</source>
        <translation>无法读取建议：{0}</translation>
    </message>
    <message>
        <source>Overdue recommendations: {0}</source>
        <translation>逾期建议：{0}</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>Export the overdue recommendations</source>
        <translation>导出逾期建议</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation>已写入：{0}</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Places by type</source>
        <translation>按类型分列的场所</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Interviews by category</source>
        <translation>按类别分列的访谈</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Persons interviewed by category</source>
        <translation>按类别分列的受访人数</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Allegations by form</source>
        <translation>按形式分列的指控</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>指控</translation>
    </message>
    <message>
        <source>Findings by area</source>
        <translation>按领域分列的调查结果</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>按严重程度分列的调查结果</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Which figures the chart shows</source>
        <translation>图表显示的数据</translation>
    </message>
    <message>
        <source>Interviews and persons by category</source>
        <translation>按类别分列的访谈和人数</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;A)：</translation>
    </message>
    <message>
        <source>No figures: this visit has been deleted.</source>
        <translation>无数据：此查访已被删除。</translation>
    </message>
    <message>
        <source>No figures: {0}</source>
        <translation>无数据：{0}</translation>
    </message>
    <message>
        <source>{0} places visited · {1} interviews with {2} persons · {3} allegations · {4} findings</source>
        <translation>查访场所{0}个 · 访谈{1}次，共{2}人 · 指控{3}项 · 调查结果{4}项</translation>
    </message>
    <message>
        <source>{0}: nothing recorded yet</source>
        <translation>{0}：尚无记录</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>密码短语(&amp;P)</translation>
    </message>
    <message>
        <source>Wrong passphrase, or this file is not an SPT Field database. Try again.</source>
        <translation>密码短语错误，或此文件不是 SPT Field 数据库。请重试。</translation>
    </message>
</context>
<context>
    <name>PassphraseRows</name>
    <message>
        <source>Repe&amp;at</source>
        <translation>重复(&amp;R)</translation>
    </message>
    <message>
        <source>At least {0} characters ({1} so far)</source>
        <translation>至少{0}个字符（目前{1}个）</translation>
    </message>
    <message>
        <source>Weak: add words or characters</source>
        <translation>弱：请增加词语或字符</translation>
    </message>
    <message>
        <source>Fair: a few more words make it strong</source>
        <translation>中等：再加几个词即可变强</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>两次输入的密码短语不一致</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>重复密码</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Repea&amp;t password</source>
        <translation>重复密码(&amp;R)</translation>
    </message>
    <message>
        <source>type a password: the file is always encrypted</source>
        <translation>请输入密码：该文件始终加密</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Double-click a cell or press F2 to edit it; each change is saved at once</source>
        <translation>双击单元格或按 F2 进行编辑；每处更改都会立即保存</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <source>{0}: enter a whole number, or nothing</source>
        <extracomment>A cell edit was refused: the message for the user. A cell edit was saved. {0} is the column&apos;s title, such as &quot;Protocol rank&quot;.</extracomment>
        <translation>{0}：请输入整数，或留空</translation>
    </message>
    <message>
        <source>{0}: someone else saved this meanwhile; their value is shown. Type yours again to save it over theirs</source>
        <translation>{0}：其他人已在此期间保存了此项；现显示其值。再次输入您的值即可覆盖对方的值</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <source>Place</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Official name of the place</source>
        <translation>场所的正式名称</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>类型(&amp;Y)</translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice, prison service</source>
        <translation>例如：司法部、监狱管理部门</translation>
    </message>
    <message>
        <source>A&amp;uthority</source>
        <translation>主管当局(&amp;U)</translation>
    </message>
    <message>
        <source>T&amp;own</source>
        <translation>城镇(&amp;O)</translation>
    </message>
    <message>
        <source>GPS latitude in decimal degrees (-90 to 90); — means not recorded</source>
        <translation>GPS 纬度，以十进制度表示（-90 至 90）；— 表示未记录</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>纬度(&amp;L)</translation>
    </message>
    <message>
        <source>GPS longitude in decimal degrees (-180 to 180); — means not recorded</source>
        <translation>GPS 经度，以十进制度表示（-180 至 180）；— 表示未记录</translation>
    </message>
    <message>
        <source>Lon&amp;gitude</source>
        <translation>经度(&amp;G)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>查访</translation>
    </message>
    <message>
        <source>Time of arrival, e.g. 9:30 or 0930</source>
        <translation>到达时间，例如 9:30 或 0930</translation>
    </message>
    <message>
        <source>Time of departure, e.g. 17:45 or 1745</source>
        <translation>离开时间，例如 17:45 或 1745</translation>
    </message>
    <message>
        <source>&amp;Arrived at</source>
        <translation>到达时间(&amp;A)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区(&amp;K)</translation>
    </message>
    <message>
        <source>Not in the register</source>
        <translation>不在登记册中</translation>
    </message>
    <message>
        <source>The entry of the country&apos;s register of places this place is</source>
        <translation>该场所在本国场所登记册中的条目</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>登记册条目</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>查访日期(&amp;X)</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>离开时间(&amp;J)</translation>
    </message>
    <message>
        <source>Announce&amp;d</source>
        <translation>事先通知(&amp;D)</translation>
    </message>
    <message>
        <source>Ticked if the authorities were told of the visit</source>
        <translation>如已将查访告知当局，则勾选</translation>
    </message>
    <message>
        <source>Tick the delegation members who went</source>
        <translation>勾选前往的代表团成员</translation>
    </message>
    <message>
        <source>Mem&amp;bers present</source>
        <translation>在场成员(&amp;B)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>被羁押人口</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>容量(&amp;C)</translation>
    </message>
    <message>
        <source>Official capacity (number of places)</source>
        <translation>正式容量（床位数）</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>在押人数(&amp;P)</translation>
    </message>
    <message>
        <source>Persons held on the day of the visit</source>
        <translation>查访当天的在押人数</translation>
    </message>
    <message>
        <source>Population as a share of the official capacity</source>
        <translation>在押人数占正式容量的比例</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>占用率</translation>
    </message>
    <message>
        <source>&amp;Men</source>
        <translation>男性(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Women</source>
        <translation>女性(&amp;W)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童(&amp;Q)</translation>
    </message>
    <message>
        <source>Foreign nationals</source>
        <translation>外国国民(&amp;Z)</translation>
    </message>
    <message>
        <source>Pre-&amp;trial</source>
        <translation>审前羁押(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Sentenced</source>
        <translation>已决犯(&amp;S)</translation>
    </message>
    <message>
        <source>Adm&amp;inistrative</source>
        <translation>行政拘留(&amp;I)</translation>
    </message>
    <message>
        <source>Registers checked</source>
        <translation>已查阅的登记册</translation>
    </message>
    <message>
        <source>Tick the registers the delegation examined</source>
        <translation>勾选代表团查阅的登记册</translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation>阻挠</translation>
    </message>
    <message>
        <source>Delayed or refused access, areas not shown, interviews refused…</source>
        <translation>延迟或拒绝准入、未展示的区域、拒绝访谈…</translation>
    </message>
    <message>
        <source>{0} % of capacity</source>
        <translation>容量的{0}%</translation>
    </message>
</context>
<context>
    <name>PreviousVisitsModel</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Report symbol</source>
        <translation>报告文号</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Edit connection</source>
        <translation>编辑连接</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database</source>
        <translation>postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>A PostgreSQL URL without password: libpq finds it (PGPASSWORD, .pgpass) or SPT Field asks for it</source>
        <translation>不含密码的 PostgreSQL URL：libpq 会自行查找密码（PGPASSWORD、.pgpass），否则由 SPT Field 询问</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>服务器 URL(&amp;U)</translation>
    </message>
    <message>
        <source>Never put the password in the URL: it is asked when connecting, or found by libpq in PGPASSWORD or a .pgpass file.</source>
        <translation>切勿将密码写入 URL：连接时会询问密码，或由 libpq 从 PGPASSWORD 或 .pgpass 文件中获取。</translation>
    </message>
    <message>
        <source>give the connection a name</source>
        <translation>请为该连接命名</translation>
    </message>
    <message>
        <source>another connection is called {0}</source>
        <translation>已有另一个连接名为 {0}</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Place or meeting</source>
        <translation>场所或会见</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Meeting: {0}</source>
        <translation>会见：{0}</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <source>Programme entries</source>
        <translation>日程条目</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>添加条目(&amp;A)</translation>
    </message>
    <message>
        <source>De&amp;lete the entry</source>
        <translation>删除条目(&amp;L)</translation>
    </message>
    <message>
        <source>Print as &amp;PDF…</source>
        <translation>打印为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as cale&amp;ndar…</source>
        <translation>导出为日历(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Update the register of places…</source>
        <translation>更新场所登记册(&amp;U)…</translation>
    </message>
    <message>
        <source>Import the country&apos;s list of places kept by the NPM (CSV or Excel)</source>
        <translation>导入国家防范机制保存的本国场所列表（CSV 或 Excel）</translation>
    </message>
    <message>
        <source>Register of places</source>
        <translation>场所登记册</translation>
    </message>
    <message>
        <source>Save chan&amp;ges</source>
        <translation>保存更改(&amp;G)</translation>
    </message>
    <message>
        <source>For the delegation only; never a name of a person interviewed</source>
        <translation>仅供代表团使用；切勿写入受访者姓名</translation>
    </message>
    <message>
        <source>The visit&apos;s places first, then the country&apos;s register</source>
        <translation>先列出本次查访的场所，再列出该国登记册</translation>
    </message>
    <message>
        <source>The authority met, when the entry is a meeting</source>
        <translation>条目为会见时，所会见的当局</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <source>Ends a&amp;t:</source>
        <translation>结束时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>小组(&amp;M)：</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>场所(&amp;C)：</translation>
    </message>
    <message>
        <source>Meeting w&amp;ith:</source>
        <translation>会见对象(&amp;I)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>The selected entry</source>
        <translation>所选条目</translation>
    </message>
    <message>
        <source>Internal to the delegation: the printed programme is marked confidential.</source>
        <translation>代表团内部使用：打印的日程标有“机密”字样。</translation>
    </message>
    <message>
        <source>No place: a meeting</source>
        <translation>无场所：会见</translation>
    </message>
    <message>
        <source>Register of places of {0} ({1})</source>
        <translation>{0}场所登记册（{1}）</translation>
    </message>
    <message>
        <source>Programme of the visit to {0}, {1} to {2}</source>
        <translation>{0} 查访日程，{1} 至 {2}</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
    <message>
        <source>Update the register of places</source>
        <translation>更新场所登记册</translation>
    </message>
    <message>
        <source>Lists of places (*.csv *.xlsx)</source>
        <translation>场所列表 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Nothing imported: {0}</source>
        <translation>未导入任何内容：{0}</translation>
    </message>
    <message>
        <source>Print the programme</source>
        <translation>打印日程</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the programme as a calendar</source>
        <translation>将日程导出为日历</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>未导出：{0}</translation>
    </message>
</context>
<context>
    <name>RecommendationFollowUp</name>
    <message>
        <source>The recommendation as the report states it</source>
        <translation>报告中所述的建议</translation>
    </message>
    <message>
        <source>How far it was implemented, from the State&apos;s reply or a follow-up visit</source>
        <translation>根据国家答复或后续查访评估的落实程度</translation>
    </message>
    <message>
        <source>What the State party replied on this paragraph</source>
        <translation>缔约国就本段作出的答复</translation>
    </message>
    <message>
        <source>Saved by itself as you type</source>
        <translation>输入时自动保存</translation>
    </message>
    <message>
        <source>The date of the State party&apos;s reply</source>
        <translation>缔约国答复的日期</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <source>Every status given to it, oldest first</source>
        <translation>曾给予的每个状态，从最早开始</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>正文(&amp;X)：</translation>
    </message>
    <message>
        <source>Status history:</source>
        <translation>状态历史：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Date of re&amp;ply:</source>
        <translation>答复日期(&amp;P)：</translation>
    </message>
    <message>
        <source>St&amp;ate reply:</source>
        <translation>国家答复(&amp;A)：</translation>
    </message>
    <message>
        <source>Select a recommendation to record the reply.</source>
        <translation>请选择一项建议以记录答复。</translation>
    </message>
    <message>
        <source>Paragraph {0}</source>
        <translation>第{0}段</translation>
    </message>
    <message>
        <source>Not numbered yet</source>
        <translation>尚未编号</translation>
    </message>
    <message>
        <source>Not saved yet: {0}</source>
        <translation>尚未保存：{0}</translation>
    </message>
</context>
<context>
    <name>RecommendationForm</name>
    <message>
        <source>To whom it is addressed: the State party, the NPM or a named authority</source>
        <translation>收件方：缔约国、国家防范机制或指定当局</translation>
    </message>
    <message>
        <source>&amp;Addressee</source>
        <translation>收件方(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. Ministry of the Interior</source>
        <translation>例如：内政部</translation>
    </message>
    <message>
        <source>The authority addressed; needed when the addressee is a named authority</source>
        <translation>收件当局；收件方为指定当局时必填</translation>
    </message>
    <message>
        <source>A&amp;uthority</source>
        <translation>主管当局(&amp;U)</translation>
    </message>
    <message>
        <source>The kind of authority that must act on it, for the follow-up across countries</source>
        <translation>须采取行动的当局类型，用于跨国后续跟踪</translation>
    </message>
    <message>
        <source>Kind of authorit&amp;y</source>
        <translation>当局类型(&amp;Y)</translation>
    </message>
    <message>
        <source>The Subcommittee recommends that …</source>
        <translation>小组委员会建议……</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>正文(&amp;T)</translation>
    </message>
    <message>
        <source>Tick the findings this recommendation answers</source>
        <translation>勾选本建议所针对的调查结果</translation>
    </message>
    <message>
        <source>F&amp;indings answered</source>
        <translation>所针对的调查结果(&amp;B)</translation>
    </message>
    <message>
        <source>Pri&amp;ority</source>
        <translation>优先级(&amp;O)</translation>
    </message>
    <message>
        <source>Tick the themes it concerns</source>
        <translation>勾选其涉及的主题</translation>
    </message>
    <message>
        <source>The&amp;mes</source>
        <translation>主题(&amp;M)</translation>
    </message>
    <message>
        <source>Tick the standards the report cites for this recommendation</source>
        <translation>勾选报告就此建议引用的标准</translation>
    </message>
    <message>
        <source>Standards &amp;cited</source>
        <translation>所引标准(&amp;C)</translation>
    </message>
    <message>
        <source>How far it was implemented, from the State&apos;s reply or a follow-up visit</source>
        <translation>根据国家答复或后续查访评估的落实程度</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>six months after transmission</source>
        <translation>转交后六个月</translation>
    </message>
    <message>
        <source>When it must be implemented; empty: six months after the report&apos;s transmission</source>
        <translation>须落实的日期；留空：报告转交后六个月</translation>
    </message>
    <message>
        <source>Due &amp;by</source>
        <translation>截止日期(&amp;J)</translation>
    </message>
    <message>
        <source>Set when the report&apos;s numbering is finalized</source>
        <translation>报告编号确定时设定</translation>
    </message>
    <message>
        <source>&amp;Paragraph number</source>
        <translation>段落编号(&amp;P)</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Keep mine</source>
        <extracomment>The field a new record of this kind is typed into first.</extracomment>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Save what you typed over what the other person saved</source>
        <translation>用您输入的内容覆盖对方保存的内容</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Drop what you typed and show the record as the other person saved it</source>
        <translation>舍弃您输入的内容，按对方保存的样子显示该记录</translation>
    </message>
    <message>
        <source>{0} is now {1}</source>
        <translation>{0} 现为 {1}</translation>
    </message>
    <message>
        <source>someone else saved this record meanwhile: {0}.</source>
        <translation>其他人已在此期间保存了该记录：{0}。</translation>
    </message>
    <message>
        <source>someone else saved this record meanwhile.</source>
        <translation>其他人已在此期间保存了该记录。</translation>
    </message>
    <message>
        <source>What you typed is kept here: keep yours to save it over theirs, or take theirs.</source>
        <translation>您输入的内容保留在此：可保留您的版本以覆盖对方的版本，或采用对方的版本。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
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
        <source>Not saved yet: {0}</source>
        <translation>尚未保存：{0}</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Place</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Last visited</source>
        <translation>最近查访</translation>
    </message>
    <message>
        <source>Times visited</source>
        <translation>查访次数</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Edit report section</source>
        <translation>编辑报告章节</translation>
    </message>
    <message>
        <source>Store each recommendation&apos;s paragraph number so the State&apos;s reply can cite it</source>
        <translation>保存每项建议的段落编号，以便国家答复时引用</translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation>报告章节</translation>
    </message>
    <message>
        <source>Section narrative</source>
        <translation>章节正文</translation>
    </message>
    <message>
        <source>Re&amp;store standard wording</source>
        <translation>恢复标准措辞(&amp;C)</translation>
    </message>
    <message>
        <source>F&amp;inalize numbering</source>
        <translation>确定编号(&amp;A)</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>导出报告(&amp;B)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Narrative&lt;/b&gt; — printed at the start of the section, before the generated content</source>
        <translation>&lt;b&gt;叙述&lt;/b&gt; — 打印在章节开头、自动生成内容之前</translation>
    </message>
    <message>
        <source>The report follows this text with what the visit&apos;s records say for “{0}”.</source>
        <translation>报告在此文本之后列出查访记录中关于“{0}”的内容。</translation>
    </message>
</context>
<context>
    <name>ReprisalModel</name>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>查访</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>化名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
</context>
<context>
    <name>ReprisalsView</name>
    <message>
        <source>Every case</source>
        <translation>所有案件</translation>
    </message>
    <message>
        <source>Show the cases with this status only</source>
        <translation>只显示处于此状态的案件</translation>
    </message>
    <message>
        <source>Reprisal cases</source>
        <translation>报复案件</translation>
    </message>
    <message>
        <source>Interviews marked at risk of reprisals that have no case yet</source>
        <translation>标记为有遭受报复风险但尚未立案的访谈</translation>
    </message>
    <message>
        <source>Open a &amp;case</source>
        <translation>立案(&amp;C)</translation>
    </message>
    <message>
        <source>Save chan&amp;ges</source>
        <translation>保存更改(&amp;G)</translation>
    </message>
    <message>
        <source>Contacts made with the person or those close to them since the visit</source>
        <translation>查访以来与该人或其亲友的联系</translation>
    </message>
    <message>
        <source>Incidents the person or others alleged since the visit</source>
        <translation>查访以来该人或他人所称的事件</translation>
    </message>
    <message>
        <source>What was done: letters, interventions, whom they went to</source>
        <translation>已采取的措施：信函、干预及其对象</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Person at risk:</source>
        <translation>有风险者(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Opened &amp;on:</source>
        <translation>立案日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Con&amp;tacts:</source>
        <translation>联系(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Incidents alleged:</source>
        <translation>所称事件(&amp;I)：</translation>
    </message>
    <message>
        <source>Actio&amp;ns:</source>
        <translation>行动(&amp;N)：</translation>
    </message>
    <message>
        <source>What was &amp;done:</source>
        <translation>已采取的措施(&amp;D)：</translation>
    </message>
    <message>
        <source>Follow-up of the selected case</source>
        <translation>所选案件的后续跟进</translation>
    </message>
    <message>
        <source>Internal: the register never reaches a report.</source>
        <translation>内部使用：本登记册绝不会进入任何报告。</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups of {0}, newest first. They are taken when the database opens, every 30 minutes while you work, and when it closes; the last 10 are kept.</source>
        <translation>{0} 的备份，最新的在前。备份在打开数据库时、工作期间每30分钟以及关闭时进行；保留最近10个。</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>此数据库尚无备份。</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace {0} with the backup of {1} ({2} visits, {3} places, {4} interviews)? Everything entered since that backup is set aside: the current state is kept as a before-restore backup, so you can go back to it.</source>
        <translation>用 {1} 的备份（{2}次查访、{3}个场所、{4}次访谈）替换 {0}？该备份之后输入的所有内容都将被搁置：当前状态将保存为恢复前备份，以便日后返回。</translation>
    </message>
</context>
<context>
    <name>SaveFileRow</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <extracomment>The user chose a hit: its kind code and record id.</extracomment>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Words in interview notes, findings, recommendations</source>
        <translation>访谈笔记、调查结果、建议中的词语</translation>
    </message>
    <message>
        <source>Every word must appear; the last one may be the start of a word</source>
        <translation>每个词都须出现；最后一个可以是词的开头</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a result</source>
        <translation>双击或按 Enter 打开结果</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Type to search every visit in this database</source>
        <translation>输入内容以搜索此数据库中的所有查访</translation>
    </message>
    <message>
        <source>The {0} best results</source>
        <translation>最佳的{0}个结果</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1个结果</translation>
    </message>
    <message>
        <source>{0} results</source>
        <translation>{0}个结果</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Person {0}</source>
        <translation>人员{0}</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Server password</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <source>The server asks for a password to connect to {0}.</source>
        <translation>服务器要求输入密码才能连接到 {0}。</translation>
    </message>
    <message>
        <source>Not kept: SPT Field asks again after locking or the next time</source>
        <translation>不会保存：锁定后或下次使用时 SPT Field 会再次询问</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SessionRecovery</name>
    <message>
        <source>Recovered after an unexpected stop: visit {0}, {1}; saved at {2}.</source>
        <extracomment>The message&apos;s object name (tests find it by it).</extracomment>
        <translation>意外中断后已恢复：查访 {0}，{1}；保存于 {2}。</translation>
    </message>
    <message>
        <source>Recovered after an unexpected stop: visit {0}.</source>
        <translation>意外中断后已恢复：查访 {0}。</translation>
    </message>
    <message>
        <source>Work recovered</source>
        <translation>工作已恢复</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock the database after this many idle minutes</source>
        <translation>闲置这么多分钟后锁定数据库</translation>
    </message>
    <message>
        <source>The delegation member who uses this laptop: recorded with every change</source>
        <translation>使用本笔记本电脑的代表团成员：每次更改都会记录</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>A photograph or document larger than this is not attached</source>
        <translation>超过此大小的照片或文件不会被附加</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after</source>
        <translation>自动锁定时间(&amp;A)</translation>
    </message>
    <message>
        <source>This laptop&apos;s &amp;member</source>
        <translation>本机使用成员(&amp;M)</translation>
    </message>
    <message>
        <source>Largest attachment</source>
        <translation>最大附件</translation>
    </message>
</context>
<context>
    <name>SideCard</name>
    <message>
        <source>Version {0}</source>
        <translation>版本 {0}</translation>
    </message>
    <message>
        <source>Words only in this version are marked [+ +]: {0}</source>
        <translation>仅此版本有的词标为 [+ +]：{0}</translation>
    </message>
    <message>
        <source>Keep version {0}</source>
        <translation>保留版本 {0}</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>SPT Field databases (*.sptdb);;All files (*)</source>
        <translation>SPT Field 数据库 (*.sptdb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&lt;h1&gt;SPT Field&lt;/h1&gt;&lt;p&gt;Visits to places of deprivation of liberty: log places, interviews and findings; draft the confidential report.&lt;/p&gt;</source>
        <extracomment>The backup file to restore and the database file it becomes (which may not exist). The libpq URL of a server database to connect to (no password in it).</extracomment>
        <translation>&lt;h1&gt;SPT Field&lt;/h1&gt;&lt;p&gt;查访剥夺自由场所：记录场所、访谈和调查结果；起草机密报告。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version {0} · every database is encrypted</source>
        <translation>版本 {0} · 每个数据库均已加密</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Create database…</source>
        <translation>创建数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <source>A fictional visit to try SPT Field with</source>
        <translation>用于试用 SPT Field 的虚构查访</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Put a backup back as a database: also when the database itself is lost</source>
        <translation>将备份恢复为数据库：即使数据库本身已丢失也可以</translation>
    </message>
    <message>
        <source>Connec&amp;t to a server…</source>
        <translation>连接到服务器(&amp;T)…</translation>
    </message>
    <message>
        <source>Open the shared database on your headquarters&apos; PostgreSQL server</source>
        <translation>打开总部 PostgreSQL 服务器上的共享数据库</translation>
    </message>
    <message>
        <source>Rece&amp;nt databases</source>
        <translation>最近使用的数据库(&amp;A)</translation>
    </message>
    <message>
        <source>Server: {0}</source>
        <translation>服务器：{0}</translation>
    </message>
    <message>
        <source>A database on a server: {0}</source>
        <translation>服务器上的数据库：{0}</translation>
    </message>
    <message>
        <source>File: {0}   —   {1}</source>
        <translation>文件：{0}   —   {1}</translation>
    </message>
    <message>
        <source>{0} (file not found)</source>
        <translation>{0}（找不到文件）</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore the backup as</source>
        <translation>将备份恢复为</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The disk is full: nothing was written. Free some space (empty the trash, delete files you no longer need) and try again.</source>
        <translation>磁盘已满：未写入任何内容。请释放一些空间（清空回收站，删除不再需要的文件），然后重试。</translation>
    </message>
    <message>
        <source>The database cannot be written: the file, its folder or its disk is read-only. Copy the database to a folder you can write to (or allow writing to it) and open it from there.</source>
        <translation>无法写入数据库：该文件、其文件夹或其磁盘为只读。请将数据库复制到您可以写入的文件夹（或允许写入），然后从那里打开。</translation>
    </message>
    <message>
        <source>The database is in use by another SPT Field window or command. Try again when it has finished.</source>
        <translation>数据库正被另一个 SPT Field 窗口或命令使用。请在其完成后重试。</translation>
    </message>
    <message>
        <source>The disk failed to read or write the database (was a card or stick removed?). Check the disk, then copy the database and its backups somewhere safe; restore a backup if the database is damaged.</source>
        <translation>磁盘无法读取或写入数据库（是否拔出了存储卡或U盘？）。请检查磁盘，然后将数据库及其备份复制到安全的位置；如果数据库已损坏，请恢复备份。</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>HH:MM</source>
        <translation>时:分</translation>
    </message>
    <message>
        <source>“{0}” is not a time: type HH:MM</source>
        <translation>“{0}”不是时间：请输入 时:分</translation>
    </message>
</context>
<context>
    <name>TrackerVisitModel</name>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>查访</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Transmitted</source>
        <translation>转交日期</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答复截止日期</translation>
    </message>
    <message>
        <source>Reply received</source>
        <translation>收到答复日期</translation>
    </message>
    <message>
        <source>Publication requested</source>
        <translation>已请求公布</translation>
    </message>
    <message>
        <source>Public symbol</source>
        <translation>公开文号</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Reply overdue: it was due on {0}</source>
        <translation>答复逾期：截止日期为{0}</translation>
    </message>
    <message>
        <source>⚠ {0} (overdue)</source>
        <translation>⚠ {0}（逾期）</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Could not redo “{0}”: {1}</source>
        <translation>无法重做“{0}”：{1}</translation>
    </message>
    <message>
        <source>Could not undo “{0}”: {1}</source>
        <translation>无法撤消“{0}”：{1}</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>编辑：{0}</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>添加：{0}</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>删除：{0}</translation>
    </message>
    <message>
        <source>Edit country profile</source>
        <translation>编辑国家概况</translation>
    </message>
</context>
<context>
    <name>UserAction</name>
    <message>
        <source>SPT Field</source>
        <translation>SPT Field</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>&amp;Country</source>
        <translation>国家(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Why the visit was postponed</source>
        <translation>查访推迟的原因</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>开始(&amp;B)</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Postponement reason</source>
        <translation>推迟原因(&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>结束(&amp;A)</translation>
    </message>
    <message>
        <source>One objective per line</source>
        <translation>每行一个目标</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>目标(&amp;O)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Restricted symbol</source>
        <translation>限制分发文号</translation>
    </message>
    <message>
        <source>Transmitted on</source>
        <translation>转交日期</translation>
    </message>
    <message>
        <source>Reply due on</source>
        <translation>答复截止日期</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>收到答复日期</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>未请求</translation>
    </message>
    <message>
        <source>Publication requested by</source>
        <translation>请求公布方</translation>
    </message>
    <message>
        <source>Publication requested on</source>
        <translation>请求公布日期</translation>
    </message>
    <message>
        <source>Public symbol</source>
        <translation>公开文号</translation>
    </message>
</context>
<context>
    <name>VisitList</name>
    <message>
        <source>Filter by country, year, type or status</source>
        <translation>按国家、年份、类型或状态筛选</translation>
    </message>
    <message>
        <source>&amp;New visit…</source>
        <translation>新建查访(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open visit</source>
        <translation>打开查访(&amp;O)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Visits&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;查访&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Filter visits</source>
        <translation>筛选访问</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Enter opens the selected visit</source>
        <translation>按 Enter 打开所选访问</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>{0} · 1 conflict</source>
        <translation>{0} · 1个冲突</translation>
    </message>
    <message>
        <source>{0} · {1} conflicts</source>
        <translation>{0} · {1}个冲突</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Navigator</source>
        <extracomment>The record shown in the editor changed (kind code or section, id).</extracomment>
        <translation>导航栏</translation>
    </message>
    <message>
        <source>The visit&apos;s records: F6 moves to the editor</source>
        <translation>本次访问的记录：按 F6 转到编辑区</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>新场所</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>新调查结果</translation>
    </message>
    <message>
        <source>The Subcommittee recommends that the State party </source>
        <translation>小组委员会建议缔约国</translation>
    </message>
</context>
<context>
    <name>WrittenFilesDialog</name>
    <message>
        <source>Files SPT Field wrote</source>
        <translation>SPT Field 写入的文件</translation>
    </message>
    <message>
        <source>SPT Field wrote these files outside the database (reports, notes, exports, bundles). Checked files are deleted too.</source>
        <translation>SPT Field 在数据库之外写入了这些文件（报告、笔记、导出文件、数据包）。勾选的文件也将被删除。</translation>
    </message>
    <message>
        <source>Files to delete</source>
        <translation>要删除的文件</translation>
    </message>
    <message>
        <source>&amp;Delete checked</source>
        <translation>删除勾选的文件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep them all</source>
        <translation>全部保留(&amp;K)</translation>
    </message>
</context>
<context>
    <name>_BundleDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Delegation &amp;passphrase</source>
        <translation>代表团密码短语(&amp;P)</translation>
    </message>
    <message>
        <source>The delegation passphrase is agreed within the delegation, not stored anywhere: the bundle cannot be read without it.</source>
        <translation>代表团密码短语由代表团内部商定，不在任何地方存储：没有它就无法读取数据包。</translation>
    </message>
    <message>
        <source>choose the bundle file</source>
        <translation>请选择数据包文件</translation>
    </message>
    <message>
        <source>enter the delegation passphrase</source>
        <translation>请输入代表团密码短语</translation>
    </message>
</context>
</TS>
