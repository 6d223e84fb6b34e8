#pragma once
#include <QMainWindow>

namespace near2::app {

// Assembles the workbench's pages, actions and settings. (The pages arrive with the workbench issue.)
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace near2::app
