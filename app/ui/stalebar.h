#pragma once
#include <QFrame>
#include <memory>

#include "store/changes.h"

namespace Ui {
class StaleBar;
}

namespace dd {

// The bar a screen with unsaved input shows when its record was changed elsewhere: who, at which station and
// when, with Reload (take the saved version) and Keep mine (go on typing; the version check still refuses a
// stale save). Nothing typed is lost by the bar itself.
class StaleBar : public QFrame
{
    Q_OBJECT
public:
    explicit StaleBar(QWidget *parent = nullptr);
    ~StaleBar() override;

    // `what` names the record as the user knows it ("Work order WO…").
    void showChange(const QString &what, const Change &change);
    QString message() const;

signals:
    void reloadRequested();

protected:
    void changeEvent(QEvent *e) override;

private:
    void updateText();

    std::unique_ptr<Ui::StaleBar> ui;
    QString m_what;
    Change m_change;
};

} // namespace dd
