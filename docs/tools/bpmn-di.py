#!/usr/bin/env python3
"""Writes the diagram (BPMN DI) of a hand-written BPMN file from a small layout file, so Cockpit
and Tasklist can draw it.  Usage: docs/tools/bpmn-di.py processes/x.bpmn docs/tools/x.layout.json

The layout gives each flow node's top-left corner ({"elementId": [x, y]}) and, under "_up", the
backward flows to draw rising into their target's side rather than passing underneath; sub-processes and pools
are sized around their children, boundary events sit on their host's lower edge, and sequence flows
are routed with right angles (flows going back pass underneath, or above when their target is higher).  An existing diagram and
collaboration are replaced.  Several processes in one file become pools of one collaboration."""
import json
import re
import sys
import xml.etree.ElementTree as ET

B = "http://www.omg.org/spec/BPMN/20100524/MODEL"
SIZES = {"startEvent": (36, 36), "endEvent": (36, 36), "boundaryEvent": (36, 36),
         "intermediateCatchEvent": (36, 36), "exclusiveGateway": (50, 50), "parallelGateway": (50, 50)}


def main(bpmn_path, layout_path):
    text = open(bpmn_path, encoding="utf-8").read()
    text = re.sub(r"\s*<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>", "", text, flags=re.S)
    text = re.sub(r"\s*<bpmn:collaboration.*?</bpmn:collaboration>", "", text, flags=re.S)
    layout = json.load(open(layout_path, encoding="utf-8"))
    root = ET.fromstring(text.encode("utf-8"))
    processes = root.findall(f"{{{B}}}process")
    shapes, flows, pools = {}, [], []

    def place(container):
        bounds = []
        for el in container:
            tag = el.tag.split("}")[1]
            eid = el.get("id")
            if tag == "sequenceFlow":
                flows.append(el)
            elif tag == "subProcess":
                inner = place(el)
                x0 = min(b[0] for b in inner) - 30
                y0 = min(b[1] for b in inner) - 40
                x1 = max(b[0] + b[2] for b in inner) + 30
                y1 = max(b[1] + b[3] for b in inner) + 40
                shapes[eid] = (x0, y0, x1 - x0, y1 - y0, True)
                bounds.append(shapes[eid])
            elif eid in layout and tag != "boundaryEvent":
                w, h = SIZES.get(tag, (100, 80))
                shapes[eid] = (layout[eid][0], layout[eid][1], w, h, None)
                bounds.append(shapes[eid])
        for el in container:
            if el.tag.endswith("boundaryEvent"):
                host = shapes[el.get("attachedToRef")]
                shapes[el.get("id")] = (host[0] + layout[el.get("id")][0], host[1] + host[3] - 18, 36, 36, None)
                bounds.append(shapes[el.get("id")])
        return bounds

    for process in processes:
        inner = place(process)
        x0, y0 = min(b[0] for b in inner) - 60, min(b[1] for b in inner) - 40
        x1, y1 = max(b[0] + b[2] for b in inner) + 40, max(b[1] + b[3] for b in inner) + 70
        pools.append((process, (x0, y0, x1 - x0, y1 - y0)))

    out = []
    if len(processes) > 1:
        collab = ['  <bpmn:collaboration id="collaboration_%s">' % processes[0].get("id")]
        for process, _ in pools:
            collab.append('    <bpmn:participant id="participant_%s" name="%s" processRef="%s"/>'
                          % (process.get("id"), process.get("name"), process.get("id")))
        collab.append("  </bpmn:collaboration>")
        plane = "collaboration_%s" % processes[0].get("id")
        text = text.replace("  <bpmn:process", "\n".join(collab) + "\n  <bpmn:process", 1)
        for process, (x, y, w, h) in pools:
            out.append('      <bpmndi:BPMNShape id="participant_%s_di" bpmnElement="participant_%s" isHorizontal="true">'
                       % (process.get("id"), process.get("id")))
            out.append('        <dc:Bounds x="%d" y="%d" width="%d" height="%d"/>' % (x, y, w, h))
            out.append("      </bpmndi:BPMNShape>")
    else:
        plane = processes[0].get("id")
    for eid, (x, y, w, h, expanded) in shapes.items():
        extra = ' isExpanded="true"' if expanded else ""
        out.append('      <bpmndi:BPMNShape id="%s_di" bpmnElement="%s"%s>' % (eid, eid, extra))
        out.append('        <dc:Bounds x="%d" y="%d" width="%d" height="%d"/>' % (x, y, w, h))
        out.append("      </bpmndi:BPMNShape>")
    for flow in flows:
        out.append('      <bpmndi:BPMNEdge id="%s_di" bpmnElement="%s">' % (flow.get("id"), flow.get("id")))
        up = flow.get("id") in layout.get("_up", [])
        for px, py in route(shapes[flow.get("sourceRef")], shapes[flow.get("targetRef")], up):
            out.append('        <di:waypoint x="%d" y="%d"/>' % (px, py))
        out.append("      </bpmndi:BPMNEdge>")
    diagram = ('  <bpmndi:BPMNDiagram id="diagram_%s">\n    <bpmndi:BPMNPlane id="plane_%s" bpmnElement="%s">\n%s\n'
               '    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n' % (plane, plane, plane, "\n".join(out)))
    text = text.replace("</bpmn:definitions>", diagram + "</bpmn:definitions>")
    open(bpmn_path, "w", encoding="utf-8").write(text)


def route(s, t, up=False):
    sx, sy = s[0] + s[2] / 2, s[1] + s[3] / 2
    tx, ty = t[0] + t[2] / 2, t[1] + t[3] / 2
    if t[0] <= sx <= t[0] + t[2]:  # straight up or down
        return [(sx, s[1]), (sx, t[1] + t[3])] if ty < sy else [(sx, s[1] + s[3]), (sx, t[1])]
    if tx > sx:  # forwards
        if abs(ty - sy) < 1:
            return [(s[0] + s[2], sy), (t[0], ty)]
        if s[3] == 36 and s[1] + s[3] < t[1]:  # a boundary event: leave downwards
            return [(sx, s[1] + s[3]), (sx, ty), (t[0], ty)]
        mx = (s[0] + s[2] + t[0]) / 2
        return [(s[0] + s[2], sy), (mx, sy), (mx, ty), (t[0], ty)]
    if up:  # flows listed under "_up": back and up, rising into the target's side
        return [(sx, s[1]), (sx, ty), (t[0] + t[2], ty)]
    low = max(s[1] + s[3], t[1] + t[3]) + 30  # backwards: pass underneath
    return [(sx, s[1] + s[3]), (sx, low), (tx, low), (tx, t[1] + t[3])]


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
