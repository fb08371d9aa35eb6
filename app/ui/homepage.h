#pragma once
#include <QWidget>
#include <memory>

namespace Ui {
class HomePage;
}

namespace dd {

struct AppContext;

// The overview: the dealership, who is signed in, and for administrators and managers a set-up checklist
// built from the data (dealership details, tax number, labour rates, staff passwords, last backup).
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(AppContext &ctx, QWidget *parent = nullptr);
    ~HomePage() override;
    void refresh();
    // The checklist as plain lines, "done|todo<TAB>text" (for tests and the log).
    QStringList checklist() const { return m_checklist; }

signals:
    void openDealershipSettings();
    void openUsers();
    void backUp();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::HomePage> ui;
    AppContext &m_ctx;
    QStringList m_checklist;
};

} // namespace dd
