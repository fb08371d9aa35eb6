#pragma once
#include <QDialog>
#include <memory>

#include "core/inspection.h"

namespace Ui {
class DamageMarkDialog;
}

namespace dd {

// One damage mark: its view, kind and size or note, and photos. A mark from an earlier visit keeps what was
// found then; this visit confirms it still present or repaired. Read-only once the inspection is completed.
class DamageMarkDialog : public QDialog
{
    Q_OBJECT
public:
    DamageMarkDialog(const DamageMark &mark, const QList<QByteArray> &savedPhotos, bool editable,
                     QWidget *parent = nullptr);
    ~DamageMarkDialog() override;

    DamageMark mark() const { return m_mark; }
    // Adds pictures from files (scaled down and stored as JPEG); false with a message for a file that is
    // not a picture. The file dialog calls this; tests call it directly.
    bool addPhotos(const QStringList &files);

    static constexpr int maxPhotos = 12;

public slots:
    void accept() override;

private:
    void showPhotos();

    std::unique_ptr<Ui::DamageMarkDialog> ui;
    DamageMark m_mark;
    QList<QByteArray> m_saved;
    bool m_editable;
};

} // namespace dd
