"""A progress bar on stderr for builds that take more than a moment (quiet when not a terminal),
and the time each stage of a build takes."""
import time


class Progress:
    @staticmethod
    def wanted(out):
        return hasattr(out, "isatty") and out.isatty()

    def __init__(self, out, total, delay=1.0):
        self.out = out
        self.total = max(total or 1, 1)
        self.enabled = self.wanted(out) and total is not None
        self.started = time.monotonic()
        self.delay = delay
        self.counts = {}
        self.last = 0.0
        self.shown = False

    def step(self, stage):
        if not self.enabled:
            return
        n = self.counts[stage] = self.counts.get(stage, 0) + 1
        now = time.monotonic()
        if now - self.started < self.delay or (now - self.last < 0.1 and n != self.total):
            return
        self.last = now
        width = 30
        filled = int(width * n / self.total)
        self.out.write(f"\r{stage:<9} [{'#' * filled}{'.' * (width - filled)}] {n}/{self.total}")
        self.out.flush()
        self.shown = True

    def stage(self, name):
        """A stage without a count (linking, indexing): its name in place of the bar."""
        if not self.enabled or time.monotonic() - self.started < self.delay:
            return
        self.out.write("\r" + f"{name} ...".ljust(60))
        self.out.flush()
        self.shown = True

    def done(self):
        if self.shown:
            self.out.write("\r" + " " * 60 + "\r")
            self.out.flush()


class Stages:
    """Seconds spent in each stage of the build, for the benchmark's breakdown."""

    def __init__(self):
        self.seconds = {}
        self._last = time.monotonic()

    def mark(self, name):
        """The stage called name ends now."""
        now = time.monotonic()
        self.seconds[name] = round(now - self._last, 3)
        self._last = now
