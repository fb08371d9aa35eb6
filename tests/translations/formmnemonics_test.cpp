// Every .ui form, dialogs included: no two shortcut letters (Alt+letter, the & in a label with a buddy, a
// button, a check box, a group box or a tab) that can be seen together are the same, in en, zh_CN and zh_TW.
// Read from the forms and the committed translations, so a dialog nobody opens in a test is checked too; the
// station pages are also checked live, with the menu bar's letters (tests/ui/mnemonics_ui_test.cpp).
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

namespace {
struct Node {
    QString tag;
    QHash<QString, QString> attrs;
    QString text;
    QList<Node> kids;
    const Node *child(const QString &tag) const
    {
        for (const Node &k : kids)
            if (k.tag == tag)
                return &k;
        return nullptr;
    }
};

Node readNode(QXmlStreamReader &xml)
{
    Node n;
    n.tag = xml.name().toString();
    for (const QXmlStreamAttribute &a : xml.attributes())
        n.attrs.insert(a.name().toString(), a.value().toString());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            n.kids << readNode(xml);
        else if (xml.isCharacters())
            n.text += xml.text();
        else if (xml.isEndElement())
            break;
    }
    return n;
}

Node readXml(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    while (!xml.atEnd() && !xml.isStartElement())
        xml.readNext();
    Node root = readNode(xml);
    INFO(path.toStdString());
    REQUIRE_FALSE(xml.hasError());
    return root;
}

// (context, source) → translation, from a committed .ts file.
QHash<QPair<QString, QString>, QString> readTranslations(const QString &path)
{
    QHash<QPair<QString, QString>, QString> out;
    const Node ts = readXml(path);
    for (const Node &context : ts.kids) {
        if (context.tag != QLatin1String("context"))
            continue;
        const QString name = context.child(QStringLiteral("name"))->text;
        for (const Node &m : context.kids) {
            const Node *source = m.child(QStringLiteral("source"));
            const Node *translation = m.child(QStringLiteral("translation"));
            if (m.tag != QLatin1String("message") || !source || !translation)
                continue;
            const QString type = translation->attrs.value(QStringLiteral("type"));
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue; // not shown: it must not hide the current entry
            out.insert({name, source->text}, translation->text);
        }
    }
    return out;
}

QChar letterOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toUpper();
    }
    return {};
}

struct Mnemonic {
    QString text;    // the source string
    QString owner;   // the widget's name
    QList<QPair<QString, int>> pages; // the tab or stacked pages it sits in: (container, page index)
};

QString stringProperty(const Node &w, const char *name, const QString &tag = QStringLiteral("property"))
{
    for (const Node &p : w.kids)
        if (p.tag == tag && p.attrs.value(QStringLiteral("name")) == QLatin1String(name))
            if (const Node *s = p.child(QStringLiteral("string")))
                return s->text;
    return {};
}

bool hasProperty(const Node &w, const char *name)
{
    for (const Node &p : w.kids)
        if (p.tag == QLatin1String("property") && p.attrs.value(QStringLiteral("name")) == QLatin1String(name))
            return true;
    return false;
}

void childWidgets(const Node &n, QList<const Node *> &out)
{
    for (const Node &k : n.kids) {
        if (k.tag == QLatin1String("widget"))
            out << &k;
        else if (k.tag == QLatin1String("layout") || k.tag == QLatin1String("item"))
            childWidgets(k, out);
    }
}

void collect(const Node &w, const QList<QPair<QString, int>> &pages, QList<Mnemonic> &out)
{
    const QString cls = w.attrs.value(QStringLiteral("class"));
    const QString name = w.attrs.value(QStringLiteral("name"));
    static const QStringList buttons{QStringLiteral("QPushButton"), QStringLiteral("QCheckBox"), QStringLiteral("QRadioButton"),
                                     QStringLiteral("QToolButton")};
    QString text;
    if (buttons.contains(cls) || (cls == QLatin1String("QLabel") && hasProperty(w, "buddy")))
        text = stringProperty(w, "text");
    else if (cls == QLatin1String("QGroupBox"))
        text = stringProperty(w, "title");
    if (!text.isEmpty())
        out << Mnemonic{text, name, pages};
    const bool paged = cls == QLatin1String("QTabWidget") || cls == QLatin1String("QStackedWidget") ||
                       cls == QLatin1String("QToolBox");
    QList<const Node *> kids;
    childWidgets(w, kids);
    for (int i = 0; i < kids.size(); ++i) {
        if (cls == QLatin1String("QTabWidget")) { // a tab's title is seen with every page
            const QString title = stringProperty(*kids[i], "title", QStringLiteral("attribute"));
            if (!title.isEmpty())
                out << Mnemonic{title, name + QStringLiteral(" tab %1").arg(i), pages};
        }
        collect(*kids[i], paged ? pages + QList<QPair<QString, int>>{{name, i}} : pages, out);
    }
}

// Seen together unless they sit on different pages of the same tab or stacked widget.
bool together(const Mnemonic &a, const Mnemonic &b)
{
    for (int i = 0; i < a.pages.size() && i < b.pages.size(); ++i) {
        if (a.pages[i].first != b.pages[i].first)
            return true;
        if (a.pages[i].second != b.pages[i].second)
            return false;
    }
    return true;
}
} // namespace

TEST_CASE("every form, dialogs included, has no shortcut letter twice where both can be seen, in every language",
          "[i18n][mnemonics]")
{
    const QString root = QStringLiteral(DD_SOURCE_DIR);
    QHash<QString, QHash<QPair<QString, QString>, QString>> translations;
    for (const char *lang : {"zh_CN", "zh_TW", "en"})
        translations.insert(QLatin1String(lang), readTranslations(root + QStringLiteral("/resources/translations/dealerdesk_") +
                                                                  QLatin1String(lang) + QStringLiteral(".ts")));
    const QStringList forms = QDir(root + QStringLiteral("/forms")).entryList({QStringLiteral("*.ui")}, QDir::Files);
    REQUIRE(forms.size() >= 30);
    int letters = 0;
    QStringList clashes;
    for (const QString &file : forms) {
        const Node ui = readXml(root + QStringLiteral("/forms/") + file);
        const QString context = ui.child(QStringLiteral("class"))->text.trimmed();
        const Node *top = ui.child(QStringLiteral("widget"));
        REQUIRE(top);
        QList<Mnemonic> ms;
        collect(*top, {}, ms);
        for (auto lang = translations.cbegin(); lang != translations.cend(); ++lang) {
            QList<QPair<QChar, int>> seen;
            for (int i = 0; i < ms.size(); ++i) {
                const QString shown = lang->value({context, ms[i].text}, ms[i].text);
                if (const QChar c = letterOf(shown.isEmpty() ? ms[i].text : shown); !c.isNull())
                    seen << qMakePair(c, i);
            }
            letters += int(seen.size());
            for (int i = 0; i < seen.size(); ++i)
                for (int j = i + 1; j < seen.size(); ++j) {
                    const Mnemonic &a = ms[seen[i].second], &b = ms[seen[j].second];
                    if (seen[i].first == seen[j].first && a.owner != b.owner && together(a, b))
                        clashes << QStringLiteral("%1 (%2): Alt+%3 is both \"%4\" (%5) and \"%6\" (%7)")
                                       .arg(file, lang.key(), seen[i].first, a.text, a.owner, b.text, b.owner);
                }
        }
    }
    INFO(clashes.join(QLatin1Char('\n')).toStdString());
    CHECK(clashes.isEmpty());
    CHECK(letters > 300); // the check found the forms' letters, in three languages
}
