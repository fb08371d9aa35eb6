// The customer signs on screen with a pen, a finger or the mouse: synthetic pointer events on the pad, the
// signed copy in the preview and the printing history, and a signature refused for a document changed meanwhile.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QTemporaryDir>

#include "store/documentstore.h"
#include "store/workorderstore.h"
#include "ui/printpreviewdialog.h"
#include "ui/signaturedialog.h"
#include "ui/signaturepad.h"
#include "keyboard.h"
#include "uitest.h"

using namespace dd;
using namespace uitest;

namespace {
QString draftOrder(Database &db)
{
    return db.scalar(QStringLiteral("SELECT MIN(number) FROM work_orders WHERE state = 'draft'")).toString();
}

QPushButton *acceptButton(SignatureDialog *d)
{
    return child<QDialogButtonBox>(d, "buttons")->button(QDialogButtonBox::Ok);
}
} // namespace

TEST_CASE("signature: the customer signs the repair authorization with the mouse, the preview shows the signed copy",
          "[ui][signature]")
{
    Shop shop;
    shop.ctx.session.station = QStringLiteral("FRONT-1");
    const QString number = draftOrder(*shop.db);
    REQUIRE_FALSE(number.isEmpty());
    QWidget window;
    window.resize(1200, 800);
    PrintPreviewDialog preview(shop.ctx, QStringLiteral("authorization"), number, &window);
    REQUIRE(preview.isReady());
    const int pages = preview.pageCount();
    auto *sign = child<QPushButton>(&preview, "signButton");
    CHECK_FALSE(sign->isHidden());
    CHECK(sign->isEnabled());

    whenModal<SignatureDialog>([&](SignatureDialog *d) {
        SignaturePad *pad = d->pad();
        d->resize(720, 440);
        CHECK(child<QLineEdit>(d, "signerEdit")->text().size() > 0); // who brought the car, by default
        CHECK_FALSE(acceptButton(d)->isEnabled());
        // A tap is not a signature: said so, and nothing recorded.
        stroke(pad, {QPointF(50, 50), QPointF(52, 51)});
        REQUIRE(acceptButton(d)->isEnabled());
        acceptButton(d)->click();
        CHECK(child<QLabel>(d, "messageLabel")->text().contains(QStringLiteral("too short")));
        CHECK(d->isVisible());
        // Delete clears the pad, as the Clear button does.
        pad->setFocus();
        QKeyEvent del(QEvent::KeyPress, Qt::Key_Delete, Qt::NoModifier);
        QApplication::sendEvent(pad, &del);
        CHECK(pad->isEmpty());
        signName(pad);
        CHECK(pad->strokeCount() == 2);
        CHECK(pad->looksSigned());
        CHECK(pad->device() == QStringLiteral("mouse"));
        CHECK_FALSE(pad->image().isNull());
        acceptButton(d)->click();
    });
    REQUIRE(preview.signOnScreen());
    CHECK(preview.isSigned());
    CHECK_FALSE(sign->isEnabled());
    CHECK(preview.pageCount() == pages);
    CHECK(child<QLabel>(&preview, "documentLabel")->text().contains(QStringLiteral("FRONT-1")));
    REQUIRE(preview.historyRows() == 1);

    // Stored: the ink, the device, the station; the history says it was signed on screen.
    DocumentStore store(*shop.db);
    const QList<IssuedDocument> history = store.history(QStringLiteral("authorization"), number);
    REQUIRE(history.size() == 1);
    CHECK_FALSE(history[0].signedBy.isEmpty());
    const QList<DocumentSignature> sigs = store.signatures(history[0].id);
    REQUIRE(sigs.size() == 1);
    CHECK(sigs[0].device == QStringLiteral("mouse"));
    CHECK(sigs[0].station == QStringLiteral("FRONT-1"));
    CHECK_FALSE(QImage::fromData(sigs[0].png, "PNG").isNull());

    // The signed PDF for the customer; opening the preview again shows the signed copy.
    QTemporaryDir out;
    REQUIRE(preview.issuePdf(out.filePath(QStringLiteral("signed.pdf"))));
    PrintPreviewDialog again(shop.ctx, QStringLiteral("authorization"), number, &window);
    CHECK(again.isSigned());
    CHECK_FALSE(child<QPushButton>(&again, "signButton")->isEnabled());
    // Work order: the authorization is now given for its version.
    WorkOrderStore orders(*shop.db);
    const WorkOrder o = orders.load(*orders.idOf(number));
    CHECK(o.authorizationPrintedVersion == o.version);
}

TEST_CASE("signature: a document changed by another station after it was shown is not signed", "[ui][signature]")
{
    Shop shop;
    const QString number = draftOrder(*shop.db);
    REQUIRE_FALSE(number.isEmpty());
    QWidget window;
    window.resize(1200, 800);
    PrintPreviewDialog preview(shop.ctx, QStringLiteral("authorization"), number, &window);
    REQUIRE(preview.isReady());

    whenModal<SignatureDialog>([&](SignatureDialog *d) {
        d->resize(720, 440);
        signName(d->pad());
        // Meanwhile at another station: the promised time moves.
        shop.t.rawExec(QStringLiteral("UPDATE work_orders SET promised_at = '2026-12-31T09:00:00.000Z', version = "
                                      "version + 1 WHERE number = '%1'").arg(number));
        acceptButton(d)->click();
    });
    CHECK_FALSE(preview.signOnScreen());
    CHECK_FALSE(preview.isSigned());
    CHECK(child<QLabel>(&preview, "messageLabel")->text().contains(QStringLiteral("changed after it was shown")));
    CHECK(shop.db->scalar(QStringLiteral("SELECT COUNT(*) FROM document_signatures")).toInt() == 0);
    CHECK(child<QPushButton>(&preview, "signButton")->isEnabled()); // shown again, it can be signed now
}

TEST_CASE("signature: forms signed on paper only have no sign button", "[ui][signature]")
{
    Shop shop;
    PrintPreviewDialog preview(shop.ctx, QStringLiteral("appointment"),
                               shop.db->scalar(QStringLiteral("SELECT MIN(number) FROM appointments")).toString());
    REQUIRE(preview.isReady());
    CHECK(child<QPushButton>(&preview, "signButton")->isHidden());
}
