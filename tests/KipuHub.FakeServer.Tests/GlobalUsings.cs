global using System.Net;
global using System.Net.Http.Headers;
global using System.Text;
global using KipuHub.Contract;
global using KipuHub.FakeServer.Tests.Infrastructure;
global using KipuHub.Models;
global using KipuHub.Serialization;
