#pragma once
#include <QMap>
#include <QString>
#include <QStringList>

namespace dd {

// A print template from resources/print: HTML with three kinds of placeholders.
//   {{name}}      a value, HTML-escaped (line breaks kept)
//   {{{name}}}    an HTML fragment the form builder made (its values escaped when it made it)
//   [[Text]]      a fixed label in English, translated in the context "PrintTemplate"
// Filling fails loudly: a placeholder without a value is an error, never an empty gap on paper.
class HtmlTemplate
{
public:
    explicit HtmlTemplate(QString source) : m_source(std::move(source)) {}
    static HtmlTemplate fromResource(const QString &name); // ":/print/<name>.html"
    static QString styleSheet();                            // ":/print/style.css"

    HtmlTemplate &set(const QString &name, const QString &text);
    HtmlTemplate &setHtml(const QString &name, const QString &html);

    // Throws std::runtime_error naming any placeholder left without a value.
    QString fill() const;
    // The [[labels]] of a template source, for the completeness test.
    static QStringList labels(const QString &source);

    static QString escape(const QString &text); // &, <, >, " and line breaks as <br/>
    static QString translate(const QString &label);

private:
    QString m_source;
    QMap<QString, QString> m_values; // already escaped
};

} // namespace dd
