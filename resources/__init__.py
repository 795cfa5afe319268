"""Icons, the .desktop launcher and translations, installed as `desktop_app.resources`."""
