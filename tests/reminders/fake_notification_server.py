"""A stand-in org.freedesktop.Notifications service for tests: it checks the call's D-Bus
signature as strict servers do (GNOME, KDE, dunst) and prints each call it accepts. A
notification that offers the "default" action is clicked at once: the service sends
ActionInvoked to the caller, as a server does when the officer clicks the notification."""
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject

PATH = "/org/freedesktop/Notifications"
XML = """<node><interface name="org.freedesktop.Notifications">
<method name="Notify"><arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="s" direction="in"/>
<arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="as" direction="in"/><arg type="a{sv}" direction="in"/>
<arg type="i" direction="in"/><arg type="u" direction="out"/></method></interface></node>"""


class Server(QDBusVirtualObject):
    shown = 0

    def introspect(self, path):
        return XML

    def handleMessage(self, message, connection):
        if message.member() == "Introspect":
            connection.send(message.createReply(XML))
        elif message.member() == "Notify" and message.signature() == "susssasa{sv}i":
            args = message.arguments()
            print("NOTIFY", args[0], args[3], args[4].replace("\n", " | "), sep="\t", flush=True)
            Server.shown += 1
            connection.send(message.createReply(Server.shown))
            if "default" in args[5]:
                click = QDBusMessage.createTargetedSignal(message.service(), PATH, "org.freedesktop.Notifications", "ActionInvoked")
                click.setArguments([Server.shown, "default"])
                connection.send(click)
        else:
            connection.send(message.createErrorReply("org.freedesktop.DBus.Error.InvalidArgs", f"bad signature {message.signature()}"))
        return True


app = QCoreApplication(sys.argv)
bus = QDBusConnection.sessionBus()
server = Server()
if not (bus.registerVirtualObject(PATH, server) and bus.registerService("org.freedesktop.Notifications")):
    sys.exit("cannot register")
print("READY", flush=True)
app.exec()
