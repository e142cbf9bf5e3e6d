"""The baseline: a bare Sanic app answering a small JSON document, one worker."""

import sys

from sanic import Sanic
from sanic.response import json

app = Sanic("bare")


@app.get("/bare")
async def bare(request):
    return json({"ok": True, "items": [1, 2, 3]})


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(sys.argv[1]), single_process=True, access_log=False, motd=False)
