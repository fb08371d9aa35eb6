// The UI tests' own helpers, tested: waiting fails the test on timeout, and expectations of modal dialogs act
// on the right dialog at the right time, end with their test, and never leave a step hanging in exec().
// The hidden tests ([.waitfail], [.modalfail]) must FAIL: CTest runs them through tests/support/expect.sh,
// expecting their number of failed assertions as the exit code and their failure messages (tests/CMakeLists.txt).
#include <QDialog>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>

#include "uitest.h"

using namespace uitest;

TEST_CASE("helpers: waitUntil processes events until its condition holds, and gives up at its timeout", "[ui][helpers]")
{
    bool arrived = false;
    QTimer::singleShot(50, [&] { arrived = true; });
    CHECK_FALSE(arrived);
    CHECK(waitUntil([&] { return arrived; }, 5000)); // a timer only fires while events are processed

    QElapsedTimer clock;
    clock.start();
    CHECK_FALSE(waitUntil([] { return false; }, 200));
    CHECK(clock.elapsed() >= 200);

    bool later = false;
    QTimer::singleShot(30, [&] { later = true; });
    waitFor([&] { return later; }, 5000, "a timer 30 ms away");
    CHECK(later);
}

TEST_CASE("helpers (must fail): waitFor on a condition that never holds fails the test and stops it", "[.waitfail]")
{
    waitFor([] { return false; }, 100, "a condition that never holds");
    std::puts("REACHED AFTER THE WAIT");
}

TEST_CASE("helpers: whenModal acts once the dialog is the active window, even when its poll is already due",
          "[ui][helpers]")
{
    ModalGuard guard;
    // As in "work orders: a canned job…": the act types a code, leaves the field, and the dialog fills itself
    // in on editingFinished. Without the focus (the dialog not yet active), nothing is filled and Enter is refused.
    QWidget *activeWhenActing = nullptr;
    bool hadFocus = false;
    whenModal<QDialog>([&](QDialog *d) {
        activeWhenActing = QApplication::activeWindow();
        auto *code = child<QLineEdit>(d, "codeEdit");
        code->setFocus();
        hadFocus = code->hasFocus();
        QTest::keyClicks(code, QStringLiteral("90919-01253"));
        code->clearFocus(); // leaving the field, as Tab does
        d->accept();
    });
    QDialog dialog;
    auto *code = new QLineEdit(&dialog);
    code->setObjectName(QStringLiteral("codeEdit"));
    new QLineEdit(&dialog);
    int finished = 0;
    QObject::connect(code, &QLineEdit::editingFinished, [&] { ++finished; });
    QTest::qSleep(100); // a dialog slow to build (a loaded machine, ASan): the 20 ms poll is due before exec()
    CHECK(dialog.exec() == QDialog::Accepted);
    CHECK(activeWhenActing == &dialog);
    CHECK(hadFocus);
    CHECK(finished == 1);
}

TEST_CASE("helpers: an expectation left at the end of a test is stopped and cannot act on a later dialog",
          "[ui][helpers]")
{
    ModalGuard guard;
    bool stale = false;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        stale = true;
        box->reject();
    });
    REQUIRE(pendingModals() == 1);
    // What a ModalGuard does at the end of a test (and then fails it: see [.modalfail]).
    const std::vector<std::string> cancelled = cancelPendingModals();
    REQUIRE(cancelled.size() == 1);
    CHECK(cancelled.front().find("QMessageBox (uitest_test.cpp:") == 0);
    CHECK(pendingModals() == 0);

    // The next test's question goes to the next test's act only.
    bool fresh = false;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        fresh = true;
        box->accept();
    });
    QMessageBox next(QMessageBox::Question, QStringLiteral("next test"), QStringLiteral("Save the changes?"),
                     QMessageBox::Yes | QMessageBox::No);
    next.exec();
    CHECK(fresh);
    CHECK_FALSE(stale);
    CHECK(pendingModals() == 0);
}

TEST_CASE("helpers (must fail): a dialog left open, a dialog nobody expects and one that never comes fail "
          "the test without hanging it",
          "[.modalfail]")
{
    ModalGuard guard;
    // An act that does not close its dialog (Enter refused, say): the step returns, the test fails.
    whenModal<QDialog>([](QDialog *) {});
    QDialog refused;
    refused.setWindowTitle(QStringLiteral("refused input"));
    refused.exec();
    std::puts("RETURNED FROM THE DIALOG LEFT OPEN");

    // A step shows another dialog than the one expected: closed after a while, the test fails.
    whenModal<QMessageBox>([](QMessageBox *box) { box->accept(); });
    QDialog other;
    other.setWindowTitle(QStringLiteral("not the expected one"));
    other.exec();
    std::puts("RETURNED FROM THE UNEXPECTED DIALOG");
    // ... and the QMessageBox expected never came: the guard fails the test for it at the end.
}
