"""Lesson L4.1-L4.3 as pages a class can play with: predictions, tensors, the vectorising race."""

from desktop_app.gui.lessons_l4.pages import PAGES, LessonFourPages

__all__ = ["PAGES", "LessonFourPages"]
