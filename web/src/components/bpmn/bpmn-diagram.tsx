import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './bpmn-diagram.css';
import { Alert, Box, Button, Group, Text } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { useEffect, useRef, useState } from 'react';
import type { TimelineActivity } from '../../api/types';
import { formatDuration } from '../../lib/format';
import { pathBetween, type DiagramElement } from './path-between';

interface Canvas {
  zoom(level: string | number, center?: 'auto'): number;
  addMarker(id: string, marker: string): void;
  removeMarker(id: string, marker: string): void;
}
interface Registry {
  getAll(): DiagramElement[];
  get(id: string): DiagramElement | undefined;
}
interface Overlays {
  add(id: string, overlay: { position: { bottom?: number; right?: number; top?: number; left?: number }; html: HTMLElement }): void;
  clear(): void;
}

const STEP_MS = 400;
const drawn = (el: DiagramElement) => el.type !== 'bpmn:Process' && el.type !== 'label';

/**
 * A BPMN definition drawn by bpmn-js (this module, and bpmn-js with it, is loaded only by pages that draw one).
 * With a timeline, "Play" highlights each visited element in the timeline's order with its duration;
 * elements never reached stay grey.
 */
export default function BpmnDiagram({ xml, label, timeline }: { xml: string; label: string; timeline?: TimelineActivity[] }) {
  const container = useRef<HTMLDivElement>(null);
  const viewer = useRef<NavigatedViewer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const visitable = (timeline ?? []).filter((a) => a.elementId);

  useEffect(() => {
    if (!container.current) return;
    const v = new NavigatedViewer({ container: container.current });
    viewer.current = v;
    let live = true;
    v.importXML(xml)
      .then(() => {
        if (!live) return;
        const canvas = v.get<Canvas>('canvas');
        // Fit, centred, with a margin so the start and end events are not cut at the edges.
        const fitted = canvas.zoom('fit-viewport', 'auto');
        canvas.zoom(fitted * 0.9, 'auto');
        if (timeline) for (const el of v.get<Registry>('elementRegistry').getAll()) if (drawn(el)) canvas.addMarker(el.id, 'idflow-pending');
      })
      // A viewer destroyed while importing (the page moved on) is not an error to show.
      .catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)));
    return () => {
      live = false;
      v.destroy();
      viewer.current = null;
    };
  }, [xml, timeline]);

  const play = async () => {
    const v = viewer.current;
    if (!v || playing) return;
    const canvas = v.get<Canvas>('canvas');
    const registry = v.get<Registry>('elementRegistry');
    const overlays = v.get<Overlays>('overlays');
    overlays.clear();
    for (const el of registry.getAll().filter(drawn)) {
      canvas.removeMarker(el.id, 'idflow-visited');
      canvas.removeMarker(el.id, 'idflow-current');
      canvas.addMarker(el.id, 'idflow-pending');
    }
    const mark = (id: string) => {
      canvas.removeMarker(id, 'idflow-pending');
      canvas.addMarker(id, 'idflow-visited');
    };
    setPlaying(true);
    const inTimeline = new Set(visitable.map((a) => a.elementId));
    let previous: string | null = null;
    for (const [i, activity] of visitable.entries()) {
      if (!registry.get(activity.elementId)) continue;
      if (previous) {
        for (const id of pathBetween(registry, previous, activity.elementId, inTimeline)) mark(id);
        canvas.removeMarker(previous, 'idflow-current');
      }
      mark(activity.elementId);
      canvas.addMarker(activity.elementId, 'idflow-current');
      const badge = document.createElement('span');
      badge.className = 'idflow-duration';
      badge.textContent = formatDuration(activity.durationMs);
      overlays.add(activity.elementId, { position: { bottom: 8, right: 8 }, html: badge });
      setStep(i);
      previous = activity.elementId;
      await new Promise((resolve) => setTimeout(resolve, STEP_MS));
    }
    if (previous) canvas.removeMarker(previous, 'idflow-current');
    setPlaying(false);
  };

  const current = step === null ? undefined : visitable[step];
  return (
    <Box>
      {error && (
        <Alert color="red" role="alert" title="The diagram cannot be drawn">
          {error}
        </Alert>
      )}
      {timeline && (
        <Group justify="space-between" mb="xs">
          <Text size="sm" role="status" aria-live="polite">
            {current && step !== null
              ? `${playing ? 'Step' : 'Played'} ${step + 1} of ${visitable.length}: ${current.name}, ${formatDuration(current.durationMs)}`
              : `${visitable.length} visited elements: press Play to replay the applicant's journey.`}
          </Text>
          <Button leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={() => void play()} loading={playing} disabled={visitable.length === 0}>
            Play
          </Button>
        </Group>
      )}
      <Box ref={container} className="idflow-bpmn" role="region" aria-label={label} h={420} style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }} />
    </Box>
  );
}
