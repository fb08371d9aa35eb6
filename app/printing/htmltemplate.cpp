#include "htmltemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <stdexcept>

namespace dd {

HtmlTemplate HtmlTemplate::fromResource(const QString &name)
{
    QFile f(QStringLiteral(":/print/%1.html").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("print template missing: " + name.toStdString());
    return HtmlTemplate(QString::fromUtf8(f.readAll()));
}

QString HtmlTemplate::styleSheet()
{
    QFile f(QStringLiteral(":/print/style.css"));
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("print style sheet missing");
    return QString::fromUtf8(f.readAll());
}

HtmlTemplate &HtmlTemplate::set(const QString &name, const QString &text)
{
    m_values.insert(name, escape(text));
    return *this;
}

HtmlTemplate &HtmlTemplate::setHtml(const QString &name, const QString &html)
{
    m_values.insert(name, html);
    return *this;
}

QString HtmlTemplate::escape(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return out;
}

QString HtmlTemplate::translate(const QString &label)
{
    return QCoreApplication::translate("PrintTemplate", label.toUtf8().constData());
}

QStringList HtmlTemplate::labels(const QString &source)
{
    static const QRegularExpression re(QStringLiteral("\\[\\[(.+?)\\]\\]"));
    QStringList out;
    for (auto it = re.globalMatch(source); it.hasNext();)
        out << it.next().captured(1);
    out.removeDuplicates();
    return out;
}

QString HtmlTemplate::fill() const
{
    // One pass over the source so that a value containing "{{x}}" or "[[x]]" prints as written.
    static const QRegularExpression re(QStringLiteral("\\{\\{\\{(\\w+)\\}\\}\\}|\\{\\{(\\w+)\\}\\}|\\[\\[(.+?)\\]\\]"));
    QString out;
    QStringList missing;
    qsizetype last = 0;
    for (auto it = re.globalMatch(m_source); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(m_source).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        if (m.hasCaptured(3) && !m.captured(3).isEmpty()) {
            out += escape(translate(m.captured(3)));
            continue;
        }
        const QString name = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        auto v = m_values.constFind(name);
        if (v == m_values.cend())
            missing << name;
        else
            out += *v;
    }
    out += QStringView(m_source).mid(last);
    if (!missing.isEmpty())
        throw std::runtime_error("print template placeholders without a value: " +
                                 missing.join(QStringLiteral(", ")).toStdString());
    return out;
}

} // namespace dd
