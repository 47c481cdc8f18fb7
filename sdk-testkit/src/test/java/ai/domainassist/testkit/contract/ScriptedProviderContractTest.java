package ai.domainassist.testkit.contract;

import ai.domainassist.testkit.ModelProviderContract;
import ai.domainassist.testkit.ScriptedModelProvider;

/** The test kit's scripted provider keeps the contract it helps others test. */
class ScriptedProviderContractTest extends ModelProviderContract {

    @Override
    protected Backend backend(Scenario scenario) {
        ScriptedModelProvider scripted = new ScriptedModelProvider().enqueue(scenario.answer());
        return Backend.of(scripted, scripted);
    }
}
