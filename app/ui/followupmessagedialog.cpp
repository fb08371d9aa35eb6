#include "followupmessagedialog.h"

#include <QShortcut>

#include "appcontext.h"
#include "core/identifiers.h"
#include "store/customerstore.h"
#include "ui_followupmessagedialog.h"
#include "uihelpers.h"

namespace dd {

FollowUpMessageDialog::FollowUpMessageDialog(AppContext &ctx, const FollowUpCall &call, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::FollowUpMessageDialog>()), m_ctx(ctx), m_call(call)
{
    ui->setupUi(this);
    for (const QString &c : FollowUpCodes::channels().codes())
        ui->channelCombo->addItem(FollowUpCodes::channels().labelOf(c), c);
    ui->headerLabel->setText(tr("<b>%1</b> was not reached on the %2 about %3: send this instead.")
                                 .arg(call.customerName.toHtmlEscaped(),
                                      FollowUpCodes::kinds().labelOf(call.kind).toLower().toHtmlEscaped(),
                                      call.workOrderNumber.toHtmlEscaped()));
    FollowUpStore store(m_ctx.db);
    try {
        if (const auto c = CustomerStore(m_ctx.db).byId(call.customerId))
            m_address = c->address;
        // A wrong number: a letter (an SMS to it would reach a stranger); otherwise an SMS.
        const MessageChannel channel = FollowUpRules::fallbackChannel(store.attempts(call.id));
        ui->channelCombo->setCurrentIndex(ui->channelCombo->findData(FollowUpCodes::channels().code(channel)));
        ui->bodyEdit->setPlainText(store.messageText(call));
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message());
    }
    connect(ui->channelCombo, &QComboBox::currentIndexChanged, this, &FollowUpMessageDialog::channelChanged);
    connect(ui->buttons, &QDialogButtonBox::accepted, this, &FollowUpMessageDialog::accept);
    connect(ui->buttons, &QDialogButtonBox::rejected, this, &FollowUpMessageDialog::reject);
    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(k, this), &QShortcut::activated, this, &FollowUpMessageDialog::accept);
    channelChanged();
    ui->channelCombo->setFocus();
}

FollowUpMessageDialog::~FollowUpMessageDialog() = default;

void FollowUpMessageDialog::channelChanged()
{
    const bool letter = ui->channelCombo->currentData().toString() == FollowUpCodes::channels().code(MessageChannel::Letter);
    // The number as dialled goes in whole here (it is what the SMS platform needs); a letter goes to the address.
    ui->recipientEdit->setText(letter ? m_address : Phone::display(m_call.phone));
    ui->recipientEdit->setPlaceholderText(letter ? tr("postal address") : tr("mobile number or WeChat ID"));
}

QString FollowUpMessageDialog::message() const
{
    return ui->messageLabel->text();
}

void FollowUpMessageDialog::accept()
{
    const MessageChannel channel =
        FollowUpCodes::channels().fromCode(ui->channelCombo->currentData().toString()).value_or(MessageChannel::Sms);
    try {
        Commands commands = m_ctx.commands();
        m_call = FollowUpStore(m_ctx.db).sendMessage(commands, m_call.id, m_call.version, channel, ui->recipientEdit->text(),
                                                      ui->bodyEdit->toPlainText());
    } catch (const StoreError &e) {
        ui::showMessage(ui->messageLabel, e.message()); // what was typed stays
        if (e.field() == QLatin1String("recipient"))
            ui::focusField(ui->recipientEdit);
        else if (e.field() == QLatin1String("body"))
            ui->bodyEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace dd
