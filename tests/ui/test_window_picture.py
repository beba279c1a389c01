"""The picture `--screenshot` saves: the window exactly as painted on screen."""
from PySide6.QtGui import QImage

from planner.ui.window_picture import save_window_picture, window_picture


def test_the_picture_is_the_window_as_it_is_painted(window, qtbot, tmp_path):
    qtbot.wait(50)  # the first paint is done
    painted_again = window.grab().toImage()
    picture = window_picture(window).toImage().convertToFormat(painted_again.format())
    assert (picture.width(), picture.height()) == (window.width(), window.height())
    assert picture == painted_again


def test_the_saved_file_holds_the_same_pixels(window, qtbot, tmp_path):
    qtbot.wait(50)
    out = tmp_path / "w.png"
    assert save_window_picture(window, out)
    saved = QImage(str(out))
    expected = window.grab().toImage().convertToFormat(saved.format())
    assert saved == expected  # PNG is lossless at any compression level


def test_a_folder_that_cannot_be_written_is_reported_as_not_saved(window, tmp_path):
    assert not save_window_picture(window, tmp_path / "no such folder" / "w.png")
