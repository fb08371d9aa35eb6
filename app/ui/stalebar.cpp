#include "stalebar.h"

#include <QColor>
#include <QLocale>
#include <QPalette>

#include "ui_stalebar.h"

namespace dd {

StaleBar::StaleBar(QWidget *parent) : QFrame(parent), ui(std::make_unique<Ui::StaleBar>())
{
    ui->setupUi(this);
    // A pale yellow note, readable in light and dark themes alike.
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    p.setColor(QPalette::WindowText, QColor(0x3d, 0x30, 0x00));
    setPalette(p);
    setAutoFillBackground(true);
    hide();
    connect(ui->reloadButton, &QPushButton::clicked, this, [this] {
        hide();
        emit reloadRequested();
    });
    connect(ui->keepButton, &QPushButton::clicked, this, &QWidget::hide);
}

StaleBar::~StaleBar() = default;

void StaleBar::showChange(const QString &what, const Change &change)
{
    m_what = what;
    m_change = change;
    updateText();
    show();
}

QString StaleBar::message() const
{
    return ui->messageLabel->text();
}

void StaleBar::updateText()
{
    const QString who = m_change.userName.isEmpty() ? tr("someone") : m_change.userName;
    const QString where = m_change.station.isEmpty() ? tr("another station") : m_change.station;
    const QString when = m_change.at.isValid() ? QLocale().toString(m_change.at.toLocalTime(), QStringLiteral("HH:mm"))
                                               : QString();
    ui->messageLabel->setText(tr("%1 was changed by %2 at %3 at %4. Your changes here are not saved yet: "
                                 "Reload shows the saved version, Keep mine goes on with yours.")
                                  .arg(m_what, who, where, when));
}

void StaleBar::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        if (!m_what.isEmpty())
            updateText();
    }
    QFrame::changeEvent(e);
}

} // namespace dd
