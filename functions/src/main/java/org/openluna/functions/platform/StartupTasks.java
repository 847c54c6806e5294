package org.openluna.functions.platform;

import org.openluna.shared.auth.Accounts;
import org.openluna.shared.provisioning.Provisioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * What runs once at start, in order: create missing tables, buckets and queues (the local stack asks
 * for it; on AWS Terraform made them), then make sure the bootstrap admin exists when one is configured.
 * It runs once every bean exists and before the local gateway starts listening, so no request can
 * arrive before the tables it needs (an application runner came after the server was up).
 */
class StartupTasks implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);

    private final boolean isProvisioning;
    private final LunaSettings settings;
    private final ObjectProvider<Provisioner> provisioner;
    private final Accounts accounts;

    StartupTasks(boolean isProvisioning, LunaSettings settings, ObjectProvider<Provisioner> provisioner, Accounts accounts) {
        this.isProvisioning = isProvisioning;
        this.settings = settings;
        this.provisioner = provisioner;
        this.accounts = accounts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (isProvisioning) {
            provisioner.getObject().ensure();
        }
        var login = settings.auth().bootstrapAdminLogin();
        var password = settings.auth().bootstrapAdminPassword();
        if (login != null && !login.isBlank() && password != null && !password.isBlank()) {
            var admin = accounts.ensureAdmin(login, password);
            log.info("bootstrap admin {} is account {}", admin.login(), admin.accountId());
        }
    }
}
