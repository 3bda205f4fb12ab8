#!/usr/bin/python3
"""A small SMTP server for the tests: accepts every message on 127.0.0.1 and writes it as an .eml file.

    smtpserver.py PORT FOLDER

Uses Debian's python3-aiosmtpd. Prints "ready <port>" once it accepts connections, and stops on SIGTERM, SIGINT or
when its standard input closes (so it never outlives the test process that started it). A recipient at the domain
geweigerd.example is refused with 550, for tests of a message the server will not take.
"""
import os
import signal
import sys
import threading
import uuid

from aiosmtpd.controller import Controller

REFUSED_DOMAIN = "@geweigerd.example"


class WriteToFolder:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().endswith(REFUSED_DOMAIN):
            return "550 5.1.1 Recipient refused"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            name = f"{self.count:06d}-{uuid.uuid4().hex}.eml"
        # Written under a hidden name and renamed, so a reader never sees half a message.
        temp = os.path.join(self.folder, f".{name}.tmp")
        with open(temp, "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.replace(temp, os.path.join(self.folder, name))
        return "250 OK"


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    port, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)

    controller = Controller(WriteToFolder(folder), hostname="127.0.0.1", port=port)
    controller.start()

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())

    def watch_stdin():
        sys.stdin.read()
        stop.set()

    threading.Thread(target=watch_stdin, daemon=True).start()
    print(f"ready {port}", flush=True)
    stop.wait()
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
