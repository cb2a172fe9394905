using System.Security;
using System.Xml;
using KipuHub.FakeServer.Namespaces.Services;

namespace KipuHub.FakeServer.Namespaces.WorkflowServices;

/// <summary>
/// A workflow version's BPMN 2.0 model and the process definition it deploys as. A seeded or new workflow shows a
/// generated model (start, one service task, end) until one is uploaded; an uploaded model must be BPMN with a process.
/// </summary>
internal static class WorkflowModels
{
    public const string BpmnNamespace = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public static string ModelOf(ServiceRecord service) => service.Version.WorkflowModel ?? Generated(ProcessIdOf(service), service.Name);

    /// <summary>The Camunda-style id <c>{processId}:{deployment}:{versionId}</c>; the first deployment is the generated model.</summary>
    public static string ProcessDefinitionOf(ServiceRecord service) =>
        service.Version.ProcessDefinitionId ?? $"{ProcessIdOf(service)}:1:{service.Version.Id}";

    /// <summary>The next process definition id after an upload of a model whose process is <paramref name="processId"/>.</summary>
    public static string Redeployed(ServiceRecord service, string processId)
    {
        var deployment = int.TryParse(ProcessDefinitionOf(service).Split(':')[^2], out var n) ? n + 1 : 2;
        return $"{processId}:{deployment}:{service.Version.Id}";
    }

    /// <summary>The id of the model's first process, or why the text is not a BPMN model.</summary>
    public static (string? ProcessId, string? Problem) Read(string model)
    {
        if (string.IsNullOrWhiteSpace(model))
        {
            return (null, "The workflow model is empty. Send a BPMN 2.0 XML document with Content-Type text/plain.");
        }
        // No DTDs and no external entities: a model is data, never a way to read the server's files.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(model), settings);
            reader.MoveToContent();
            if (reader.LocalName != "definitions" || reader.NamespaceURI != BpmnNamespace)
            {
                return (null, $"The workflow model's root is '{reader.Name}'; a BPMN 2.0 model's root is 'definitions' in the namespace {BpmnNamespace}.");
            }
            string? processId = null;
            while (reader.Read())
            {
                if (processId is null && reader.NodeType == XmlNodeType.Element && reader.LocalName == "process" && reader.NamespaceURI == BpmnNamespace)
                {
                    processId = reader.GetAttribute("id");
                    if (string.IsNullOrWhiteSpace(processId) || processId.Contains(':'))
                    {
                        return (null, "The workflow model's 'process' needs an 'id' without ':' (it names the process definition).");
                    }
                }
            }
            return processId is null ? (null, "The workflow model has no 'process' element; a BPMN model of a workflow service needs one.") : (processId, null);
        }
        catch (XmlException ex)
        {
            return (null, $"The workflow model is not well-formed XML: {ex.Message}");
        }
    }

    private static string ProcessIdOf(ServiceRecord service) => service.Version.Context.Trim('/');

    private static string Generated(string processId, string name)
    {
        var title = SecurityElement.Escape(name);
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="{BpmnNamespace}" id="Definitions_{processId}" targetNamespace="https://hub.kipu-quantum.com/bpmn">
              <bpmn:process id="{processId}" name="{title}" isExecutable="true">
                <bpmn:startEvent id="Start" />
                <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="RunService" />
                <bpmn:serviceTask id="RunService" name="Run a subscribed service" />
                <bpmn:sequenceFlow id="Flow_2" sourceRef="RunService" targetRef="End" />
                <bpmn:endEvent id="End" />
              </bpmn:process>
            </bpmn:definitions>
            """;
    }
}
