"""``backprop-viz presets``: list the named configurations and what the course reports."""

from __future__ import annotations

import json

from backprop_viz.core.presets import PRESETS


def register(subparsers) -> None:
    p = subparsers.add_parser("presets", help="list the course presets",
                              description="List the named configurations (use with train --preset NAME).")
    p.add_argument("--json", action="store_true", help="one JSON object per preset")
    p.set_defaults(func=run)


def run(args) -> int:
    for preset in PRESETS.values():
        c = preset.config
        if args.json:
            print(json.dumps({"name": preset.name, "description": preset.description,
                              "course_accuracy": preset.course_accuracy, "config": c.to_dict()}))
            continue
        course = f"  course: {preset.course_note or f'{preset.course_accuracy} % test accuracy'}" \
            if (preset.course_note or preset.course_accuracy) else ""
        print(f"{preset.name:30s} {c.architecture:16s} {c.activation:8s} {c.optimizer:8s} "
              f"lr {c.lr:<6g} batch {c.batch_size:<4d} epochs {c.epochs}")
        print(f"    {preset.description}{course}")
    return 0
