#pragma once
// --screenshot DIR: once a project is shown, saves a PNG of each main view (QWidget::grab) and quits.
#include <QString>

namespace near2::app {

class MainWindow;

void runScreenshotTour(MainWindow* window, const QString& folder);

} // namespace near2::app
