#!/usr/bin/python3
"""Checks .ics files with three strict readers besides ical.js (which test/node/ics.test.mjs runs):
libical (the reference C library, through its GObject bindings: its parser marks faults with X-LIC-ERROR, and
check_restrictions applies RFC 5546's iTIP rules, e.g. METHOD:PUBLISH needs an ORGANIZER), Python's icalendar,
and vobject (validate()).

Debian: apt-get install python3-icalendar python3-vobject gir1.2-ical-3.0 python3-gi
Usage:  node test/node/ics-samples.mjs /tmp/ics && /usr/bin/python3 scripts/validate-ics.py /tmp/ics
Exit 1 when any file fails, with each fault on its line.
"""
import glob
import sys

import gi
import icalendar
import vobject

gi.require_version('ICalGLib', '3.0')
from gi.repository import ICalGLib  # noqa: E402


def libical_faults(text):
    component = ICalGLib.Component.new_from_string(text)
    component.check_restrictions()
    faults = []

    def walk(node):
        prop = node.get_first_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
        while prop is not None:
            faults.append(prop.get_xlicerror())
            prop = node.get_next_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
        child = node.get_first_component(ICalGLib.ComponentKind.ANY_COMPONENT)
        while child is not None:
            walk(child)
            child = node.get_next_component(ICalGLib.ComponentKind.ANY_COMPONENT)

    walk(component)
    return [f'libical: {fault}' for fault in faults]


def icalendar_faults(text):
    try:
        return [f'icalendar: {c.errors}' for c in icalendar.Calendar.from_ical(text).walk() if c.errors]
    except Exception as error:  # the reader's own exceptions vary by version
        return [f'icalendar: {error}']


def vobject_faults(text):
    try:
        calendar = vobject.readOne(text)
        calendar.validate(raiseException=True)
        calendar.serialize()
        return []
    except Exception as error:
        return [f'vobject: {error!r}']


failed = 0
for path in sorted(glob.glob(f'{sys.argv[1]}/*.ics')):
    with open(path, encoding='utf-8', newline='') as file:
        text = file.read()
    faults = libical_faults(text) + icalendar_faults(text) + vobject_faults(text)
    print(('FAIL ' if faults else 'ok   ') + path, '; '.join(faults))
    failed += bool(faults)
sys.exit(1 if failed else 0)
