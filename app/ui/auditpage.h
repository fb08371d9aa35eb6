#pragma once
#include <QWidget>
#include <memory>

#include "store/auditlog.h"

namespace Ui {
class AuditPage;
}

namespace dd {

struct AppContext;

// Reads the audit trail (managers and administrators): who changed what, when, at which PC, old and new values.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(AppContext &ctx, QWidget *parent = nullptr);
    ~AuditPage() override;
    void refresh();
    int rowCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDetails();
    void fillFilters();
    static QString summary(const AuditEntry &e);

public:
    // Words for the command and record codes stored in the trail; unknown codes show as they are.
    static QString commandName(const QString &code);
    static QString tableName(const QString &code);
    std::unique_ptr<Ui::AuditPage> ui;
    AppContext &m_ctx;
    QList<AuditEntry> m_rows;
};

} // namespace dd
