import { BpmnModdle } from 'bpmn-moddle';

export const IDFLOW_NAMESPACE = 'https://idflow.dev/schema/bpmn';

/**
 * The idflow extension of BPMN: a task names its step type and run settings as attributes, and
 * carries its configuration as JSON text:
 *   <bpmn:serviceTask id="Task_AML" name="AML" idflow:stepType="AML" idflow:timeoutMs="30000" idflow:retries="2">
 *     <bpmn:extensionElements><idflow:config>{"threshold": 0.85}</idflow:config></bpmn:extensionElements>
 *   </bpmn:serviceTask>
 * and the process may carry its definition type (`idflow:type="KYC"`). Numbers are read as text so
 * that a wrong value is reported rather than silently coerced.
 */
export const idflowPackage = {
  name: 'idflow',
  uri: IDFLOW_NAMESPACE,
  prefix: 'idflow',
  xml: { tagAlias: 'lowerCase' },
  types: [
    {
      name: 'StepTask',
      isAbstract: true,
      extends: ['bpmn:ServiceTask', 'bpmn:UserTask'],
      properties: [
        { name: 'stepType', isAttr: true, type: 'String' },
        { name: 'timeoutMs', isAttr: true, type: 'String' },
        { name: 'retries', isAttr: true, type: 'String' },
        { name: 'backoffMs', isAttr: true, type: 'String' },
      ],
    },
    {
      name: 'DefinitionType',
      isAbstract: true,
      extends: ['bpmn:Process'],
      properties: [{ name: 'type', isAttr: true, type: 'String' }],
    },
    {
      name: 'Config',
      superClass: ['Element'],
      properties: [{ name: 'value', isBody: true, type: 'String' }],
    },
  ],
};

export function createModdle(): BpmnModdle {
  return new BpmnModdle({ idflow: idflowPackage });
}
