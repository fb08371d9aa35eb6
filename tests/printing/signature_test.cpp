// The customer signs on screen: the document issued as shown with the ink on its line, the signature's own
// record, the refusal of a document that changed after it was shown, and the signed PDF.
#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "demo/demo.h"
#include "documents/documentservice.h"
#include "documents/formregistry.h"
#include "printing/formrenderer.h"
#include "store/documentstore.h"
#include "store/fixtures.h"
#include "store/workorderstore.h"

using namespace dd;
using namespace ddtest;

namespace {
QString q(const char *s) { return QString::fromUtf8(s); }

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfImages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    REQUIRE(p.waitForFinished(60000));
    return int(QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size()) - 2;
}

// A signature as the pad gives it: blue-black ink on transparent.
QByteArray ink()
{
    QImage img(300, 90, QImage::Format_ARGB32);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setPen(QPen(QColor(0x10, 0x1f, 0x5c), 3));
    p.drawLine(10, 60, 90, 20);
    p.drawLine(90, 20, 160, 70);
    p.drawLine(160, 70, 280, 30);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

QString draftOrder(Database &db)
{
    return db.scalar(QStringLiteral("SELECT MIN(number) FROM work_orders WHERE state = 'draft'")).toString();
}
} // namespace

TEST_CASE("the customer signs the repair authorization on screen, and a changed document is refused", "[printing][store]")
{
    FOR_EACH_BACKEND(backend);
    TestDb t(backend);
    auto db = t.open();
    Users users(*db, fastHasher());
    DealershipStore dealership(*db);
    Commands admin(*db, adminSession());
    Demo::load(admin, users, dealership);
    Session s = signedIn(*db, QStringLiteral("front2"), {Role::ServiceAdvisor}, q("王芳"));
    s.station = QStringLiteral("FRONT-2");
    Commands advisor(*db, s);
    DocumentService service(*db);
    WorkOrderStore orders(*db);
    const QString number = draftOrder(*db);
    REQUIRE_FALSE(number.isEmpty());

    // What the customer saw on screen.
    const FormDocument shown = service.build(QStringLiteral("authorization"), number);
    SignRequest request{QStringLiteral("authorization"), number, shown.contentHash(), q("  张  三 "), ink(),
                        QStringLiteral("pen")};
    CHECK(service.defaultSigner(QStringLiteral("authorization"), number).size() > 0);

    // Not every form is signed on screen; there must be ink and a name.
    SignRequest settlement = request;
    settlement.form = QStringLiteral("settlement");
    CHECK(errorMessage([&] { service.sign(advisor, settlement); }).contains(QStringLiteral("print it")));
    SignRequest blank = request;
    blank.png.clear();
    CHECK(storeError([&] { service.sign(advisor, blank); }).field() == QStringLiteral("signature"));
    SignRequest nameless = request;
    nameless.signer = QStringLiteral("  ");
    CHECK(storeError([&] { service.sign(advisor, nameless); }).field() == QStringLiteral("signer"));
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM document_signatures")).toInt() == 0);

    const qint64 id = service.sign(advisor, request);
    DocumentStore store(*db);
    const std::optional<IssuedDocument> issued = store.byId(id);
    REQUIRE(issued);
    CHECK(issued->reprintOf == 0);
    CHECK(issued->contentHash == shown.contentHash());
    CHECK(issued->station == QStringLiteral("FRONT-2"));
    // The frozen snapshot carries the signature; its content is what was shown.
    const FormDocument signedDoc = FormDocument::deserialize(issued->snapshot);
    REQUIRE(signedDoc.signatures.size() == 1);
    CHECK(signedDoc.signatures[0].signer == q("张 三"));
    CHECK(signedDoc.signatures[0].station == QStringLiteral("FRONT-2"));
    CHECK(signedDoc.signatures[0].png == request.png);
    CHECK(signedDoc.contentHash() == shown.contentHash());
    // The signature's own record: ink, device, time, station, who took it, the hash of what was signed.
    const QList<DocumentSignature> sigs = store.signatures(id);
    REQUIRE(sigs.size() == 1);
    CHECK(sigs[0].png == request.png);
    CHECK(sigs[0].device == QStringLiteral("pen"));
    CHECK(sigs[0].contentHash == shown.contentHash());
    CHECK(sigs[0].takenBy == q("王芳"));
    CHECK(sigs[0].signedAt.isValid());
    CHECK(store.history(QStringLiteral("authorization"), number).first().signedBy == q("张 三"));
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE command = 'document.sign'")).toInt() == 2);
    // Signed on screen counts as the authorization given to the customer for this version.
    const WorkOrder o = orders.load(*orders.idOf(number));
    CHECK(o.authorizationPrintedVersion == o.version);

    // The PDF of the signed copy: the ink on the signature line, when and where it was given; not a reprint.
    QTemporaryDir dir;
    PrintRequest print;
    print.form = QStringLiteral("authorization");
    print.number = number;
    print.pdfPath = dir.filePath(QStringLiteral("signed.pdf"));
    const PrintOutcome copy = service.issue(advisor, print);
    if (const QString keep = qEnvironmentVariable("DD_PRINT_DIR"); !keep.isEmpty()) // to look at it
        QFile::copy(print.pdfPath, QDir(keep).filePath(QStringLiteral("authorization-signed-%1.pdf").arg(QString::fromStdString(std::string(::ddtest::name(backend))))));
    CHECK(copy.reprint);
    const QString text = pdfText(print.pdfPath);
    CHECK(text.contains(QStringLiteral("Signed on screen")));
    CHECK(text.contains(QStringLiteral("FRONT-2")));
    CHECK_FALSE(text.contains(QStringLiteral("REPRINT")));
    CHECK(pdfImages(print.pdfPath) >= 2); // the logo or barcode, and the ink
    CHECK(copy.pages == FormRenderer(shown).pageCount());

    // Another station changes the estimate after the customer was shown it: the signature is refused.
    const FormDocument shownAgain = service.build(QStringLiteral("authorization"), number);
    t.rawExec(QStringLiteral("UPDATE work_orders SET promised_at = '2026-12-31T09:00:00.000Z', version = version + 1 "
                             "WHERE number = '%1'").arg(number));
    request.shownHash = shownAgain.contentHash();
    const StoreError refused = storeError([&] { service.sign(advisor, request); });
    CHECK(refused.kind() == StoreError::Kind::Conflict);
    CHECK(refused.message().contains(QStringLiteral("changed after it was shown")));
    CHECK(db->scalar(QStringLiteral("SELECT COUNT(*) FROM document_signatures")).toInt() == 1);
    const WorkOrder changed = orders.load(o.id);
    CHECK(changed.authorizationPrintedVersion != changed.version);
}

TEST_CASE("the add-on consent and the release notice have the customer's signature line, and paper stays", "[printing]")
{
    for (const char *form : {"authorization", "addon", "release"}) {
        INFO(form);
        const FormSpec *spec = FormRegistry::find(QString::fromLatin1(form));
        REQUIRE(spec);
        CHECK(spec->signable);
        QFile file(QStringLiteral(DD_SOURCE_DIR "/resources/print/%1.html").arg(spec->templateName));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral("<a name=\"sign-customer\"></a>")));
    }
    for (const char *form : {"intake", "settlement", "certificate", "appointment", "dayclose"})
        CHECK_FALSE(FormRegistry::find(QString::fromLatin1(form))->signable);

    // The signature goes onto its line only when given; unsigned, the line stays blank for the pen.
    FormDocument d;
    d.html = QStringLiteral("<table><tr><td class=\"signline\"><a name=\"sign-customer\"></a></td>"
                            "<td><a name=\"signed-customer\"></a></td></tr></table>");
    CHECK(d.signedBodies(QStringLiteral("Signed %1 at %2")).first() == d.html);
    d.signatures << FormSignature{QStringLiteral("customer"), q("张三"), ink(),
                                  QDateTime(QDate(2026, 12, 3), QTime(6, 30), Qt::UTC), QStringLiteral("A&B"),
                                  QStringLiteral("mouse")};
    const QString body = d.signedBodies(QStringLiteral("Signed %1 at %2")).first();
    CHECK(body.contains(QStringLiteral("<img src=\"signature-customer\"")));
    CHECK(body.contains(QStringLiteral("A&amp;B"))); // escaped like every value
    const FormDocument round = FormDocument::deserialize(d.serialize());
    CHECK(round.signatures == d.signatures);
    FormDocument unsignedDoc = d;
    unsignedDoc.signatures.clear();
    CHECK(unsignedDoc.contentHash() == d.contentHash());
}
