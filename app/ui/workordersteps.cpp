#include "workorderspage.h"

#include <QAction>
#include <algorithm>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

#include "appcontext.h"
#include "core/localformat.h"
#include "store/addonstore.h"
#include "store/dispatchboard.h"
#include "store/catalogstore.h"
#include "store/workorderstore.h"
#include "store/deskcounts.h"
#include "ui_workorderspage.h"
#include "core/settlement.h"
#include "deliverydialog.h"
#include "uihelpers.h"
#include "liveupdates.h"
#include "stalebar.h"
#include "cannedjobdialog.h"
#include "findingdialog.h"
#include "inspectionfindingsdialog.h"
#include "printpreviewdialog.h"
#include "workorderlinedialog.h"

// The work-order page's steps: forward and back through the states, the authorization's print, add-on findings and telling the customer.
namespace dd {

using ui::cell;

bool WorkOrdersPage::takeStep(const QString &transition)
{
    if (!m_order.id)
        return false;
    if (m_dirty && !save())
        return false;
    const QString title = WorkOrderRules::transitionName(transition);
    if (transition == QLatin1String("authorize") && m_order.is(WorkOrderState::Draft) &&
        !WorkOrderRules::undecidedFindings(m_order).isEmpty()) {
        // Nothing of the walk-around falls through: each yellow or red finding is decided before authorizing.
        ui::showMessage(ui->messageLabel,
                        tr("Before authorizing: decide on the walk-around's findings not yet in the estimate."));
        takeOverFindings();
        return false;
    }
    if (transition == QLatin1String("authorize") && m_order.is(WorkOrderState::Draft) &&
        m_order.authorizationPrintedVersion != m_order.version &&
        WorkOrderRules::blockers(m_order, transition).size() == 1) {
        // Everything else is in place: the customer signs first, on paper (printed now) or on screen. Signed on
        // screen, the signature is the consent: the work order is authorized at once.
        const bool signedOnScreen = printAuthorization();
        openWorkOrder(m_order.id);
        const bool given = m_order.authorizationPrintedVersion == m_order.version;
        if (!signedOnScreen || !given) {
            ui::showMessage(ui->messageLabel,
                            given ? tr("The repair authorization is given to the customer. Once it is signed, on paper "
                                       "or on screen, authorize (Ctrl+Enter).")
                                  : tr("The customer signs the repair authorization before work starts: print it or "
                                       "have it signed on screen (Ctrl+P), then authorize."),
                            !given);
            return false;
        }
    }
    if (transition == QLatin1String("deliver"))
        return customerNotifications();
    TransitionInput input;
    bool ok = true;
    if (transition == QLatin1String("dispatch")) {
        // Everything missing in one message, before asking who receives the car.
        TransitionInput named;
        named.receivedBy = QStringLiteral("?");
        const QStringList missing = WorkOrderRules::blockers(m_order, transition, named);
        if (!missing.isEmpty()) {
            ui::showMessage(ui->messageLabel,
                            tr("%1 needs %2, and then the workshop person receiving the car. Assign technicians with "
                               "\"Assign technician…\" (Alt+C).")
                                .arg(title, missing.join(tr(", "))));
            return false;
        }
        input.receivedBy = QInputDialog::getText(this, title, tr("Received in the workshop by:"), QLineEdit::Normal, QString(), &ok);
    } else if (transition == QLatin1String("qc_pass") || transition == QLatin1String("qc_fail")) {
        input.inspector = QInputDialog::getText(this, title, tr("Quality inspector:"), QLineEdit::Normal,
                                                m_ctx.session.displayName, &ok);
        if (ok && transition == QLatin1String("qc_fail"))
            input.notes = QInputDialog::getMultiLineText(this, title, tr("What must the workshop put right?"), QString(), &ok);
    } else if (transition == QLatin1String("cancel")) {
        input.reason = QInputDialog::getText(this, title, tr("Why is the work order cancelled?"), QLineEdit::Normal, QString(), &ok);
    }
    if (!ok)
        return false;
    try {
        Commands commands = m_ctx.commands();
        m_order = WorkOrderStore(m_ctx.db).transition(commands, m_order.id, m_order.version, transition, input);
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return false;
    }
    refresh();
    showOrder();
    ui::showMessage(ui->messageLabel, tr("%1: done. The work order is now %2.")
                                          .arg(title, WorkOrderRules::stateName(m_order.state).toLower()),
                    false);
    return true;
}

bool WorkOrdersPage::customerNotifications()
{
    if (!m_order.id || !ui->notifyButton->isEnabled())
        return false;
    if (m_dirty && !save())
        return false;
    DeliveryDialog d(m_ctx, m_order.id, this);
    d.exec();
    refresh();
    openWorkOrder(m_order.id);
    if (d.delivered())
        ui::showMessage(ui->messageLabel, tr("The car has left with the customer. %1").arg(d.outcome()), false);
    return d.delivered();
}

void WorkOrdersPage::proposeFinding()
{
    if (!m_order.id || !ui->findingButton->isVisible())
        return;
    if (m_dirty && !save())
        return;
    FindingDialog d(m_ctx, m_order.id, m_rates, this);
    if (d.exec() != QDialog::Accepted)
        return;
    m_dirty = false;
    openWorkOrder(m_order.id);
    bool waits = true;
    try {
        waits = AddOnStore(m_ctx.db).load(d.findingId()).state == QLatin1String("pending");
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
        return;
    }
    if (!waits) {
        // Covered by warranty: decided at once, its lines are on the work order; nothing waits for the customer.
        ui::showMessage(ui->messageLabel, tr("The finding is covered by warranty: its lines are on the work order, "
                                             "and the workshop can go on."),
                        false);
        return;
    }
    emit findingProposed(d.findingId());
    ui::showMessage(ui->messageLabel, tr("The finding waits for the customer's decision on the approvals screen (Ctrl+4)."), false);
}

bool WorkOrdersPage::printAuthorization()
{
    if (!m_order.id || !ui->printButton->isEnabled())
        return false;
    if (m_dirty && !save())
        return false;
    PrintPreviewDialog d(m_ctx, QStringLiteral("authorization"), m_order.number, this);
    if (!d.isReady()) {
        ui::showMessage(ui->messageLabel, d.problem());
        return false;
    }
    const bool signedBefore = d.isSigned();
    d.exec();
    return d.isSigned() && !signedBefore;
}

} // namespace dd
