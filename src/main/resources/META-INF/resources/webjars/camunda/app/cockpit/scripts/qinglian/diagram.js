/*
 * 清廉工作流 — a BPMN file may hold several processes as pools (self-review.bpmn: the campaign, a
 * unit, a member). Cockpit fits all of them into its diagram, so the one being looked at is too
 * small to read. This zooms the diagram to the pool of the process shown; a file with one pool is
 * left as Cockpit draws it.
 */
const ENGINE = '/camunda/api/engine/engine/default';

function focusPool(viewer, processKey) {
  if (!viewer || !processKey) return;
  const pools = viewer.get('elementRegistry').filter(e => e.type === 'bpmn:Participant');
  const pool = pools.find(e => e.businessObject.processRef && e.businessObject.processRef.id === processKey);
  if (pools.length < 2 || !pool) return;
  const margin = 30;
  viewer.get('canvas').viewbox({
    x: pool.x - margin, y: pool.y - margin, width: pool.width + 2 * margin, height: pool.height + 2 * margin
  });
}

async function instanceKey(processInstanceId) {
  const response = await fetch(ENGINE + '/history/process-instance/' + encodeURIComponent(processInstanceId),
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return response.ok ? (await response.json()).processDefinitionKey : null;
}

const byDefinition = (viewer, { processDefinitionId }) => focusPool(viewer, (processDefinitionId || '').split(':')[0]);
const byInstance = (viewer, { processInstanceId }) => {
  instanceKey(processInstanceId).then(key => focusPool(viewer, key)).catch(() => undefined);
};

export default [
  ['cockpit.processDefinition.diagram.plugin', byDefinition],
  ['cockpit.processDefinition.history.diagram.plugin', byDefinition],
  ['cockpit.processInstance.diagram.plugin', byInstance],
  ['cockpit.processInstance.history.diagram.plugin', byInstance]
].map(([pluginPoint, render], i) => ({ id: 'qinglian.focus-pool-' + i, pluginPoint, priority: 0, render }));
