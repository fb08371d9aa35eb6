#pragma once
#include <QDialog>
#include <memory>

namespace Ui
{
class CatalogDialog;
}

namespace dd
{

struct AppContext;

// The catalogs the estimate is built from: labor operations with standard hours per model family, the parts
// price list (searchable) and canned jobs. Who may import data brings in a new CSV file for the tab on
// screen: every row is checked first and the result shown before anything changes.
class CatalogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CatalogDialog(AppContext &ctx, QWidget *parent = nullptr);
    ~CatalogDialog() override;

    // Imports the file into the catalog of the tab on screen; with `confirm`, shows the dry run and asks
    // first.
    bool importFile(const QString &path, bool confirm = true);

public slots:
    void refresh();
    void chooseAndImport();

private:
    void showParts();
    void showFormat();

    std::unique_ptr<Ui::CatalogDialog> ui;
    AppContext &m_ctx;
};

} // namespace dd
