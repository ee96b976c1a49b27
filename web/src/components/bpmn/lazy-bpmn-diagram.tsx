import { lazy, Suspense, type ComponentProps } from 'react';
import { useDefinitionBpmn } from '../../api/definitions';
import { LoadError, Loading } from '../query-states';

// bpmn-js is heavy: it is fetched only when a page draws a diagram, never in the initial bundle.
const BpmnDiagram = lazy(() => import('./bpmn-diagram'));

/** The BPMN drawing of one definition version, loaded on demand. */
export function DefinitionDiagram({ definitionId, label, timeline }: { definitionId: string; label: string; timeline?: ComponentProps<typeof BpmnDiagram>['timeline'] }) {
  const bpmn = useDefinitionBpmn(definitionId);
  if (bpmn.isPending) return <Loading label="Loading the diagram…" />;
  if (bpmn.isError) return <LoadError what="The diagram" error={bpmn.error} onRetry={() => void bpmn.refetch()} />;
  return (
    <Suspense fallback={<Loading label="Loading the diagram viewer…" />}>
      <BpmnDiagram xml={bpmn.data} label={label} timeline={timeline} />
    </Suspense>
  );
}
