#pragma once
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

#include "core/roles.h"
#include "printing/formdocument.h"

namespace dd {

class FormData;

// One printed form: everything the app needs to know about it, in one row of FormRegistry's table.
struct FormSpec {
    QString code;             // stored with every issue and in the printing history
    QString cliName;          // `dealerdesk print CLINAME NUMBER`
    const char *title;        // translatable (context dd::Forms); printed at the top of the page
    const char *numberHint;   // translatable (context dd::Forms): what NUMBER is, for the CLI's help
    QString templateName;     // resources/print/<templateName>.html
    Permission permission;    // who may print it (on top of nothing else: the print command checks this one)
    // Gathers the data by the number (store: FormData) and lays it out (printing: FormBuilders). Throws
    // StoreError with what to do when the form cannot be printed for that number.
    std::function<FormDocument(FormData &data, const QString &number, const FormIdentity &id)> build;
    bool signable = false;    // the customer may sign it on screen (DocumentService::sign) as well as on paper

    QString translatedTitle() const;
    FormIdentity identity(const QString &language) const;
};

// The shop's forms. Printing (DocumentService), the print preview, the CLI's `print` and its help, and the
// printing tests all read this table; adding a form means a row here, a builder and a template
// (app/README.md, "Add a printed form").
class FormRegistry
{
    Q_DECLARE_TR_FUNCTIONS(dd::Forms)
public:
    static const QList<FormSpec> &all();
    // By code or CLI name; nullptr when there is no such form.
    static const FormSpec *find(const QString &name);
    static QStringList cliNames();
    // The title in the current language, or the code itself for a form no longer in the table.
    static QString title(const QString &code);
    // For the CLI's help: each form's name and title, and under it what its NUMBER is.
    static QString cliHelp(int indent);
};

} // namespace dd
