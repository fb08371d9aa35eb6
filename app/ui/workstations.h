#pragma once
#include <QList>
#include <functional>

class QWidget;

namespace dd {

struct AppContext;
class Workstation;

// What the workstations may ask of the window that holds them.
struct DeskLinks {
    std::function<void(Workstation *)> show; // open this page (if the user may see it)
    std::function<void()> dealershipSettings;
    std::function<void()> manageUsers;
    std::function<void()> backUp;
};

// The registry of the front desk's workstations: the one place that lists them, in the navigator's order.
// Ctrl+0 … Ctrl+9 follow this order. The links between pages (reception opens the inspection, the board
// opens a work order, ...) are made here too, so the main window names no page.
class Workstations
{
public:
    // Creates the pages as children of `window`.
    static QList<Workstation *> create(AppContext &ctx, QWidget *window, const DeskLinks &links);
    // The page a user starts on after signing in: reception for those who receive customers, else the first.
    static Workstation *firstScreen(const QList<Workstation *> &stations, const AppContext &ctx);
};

} // namespace dd
