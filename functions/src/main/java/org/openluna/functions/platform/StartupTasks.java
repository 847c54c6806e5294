package org.openluna.functions.platform;

import org.openluna.shared.auth.Accounts;
import org.openluna.shared.blobs.BucketNames;
import org.openluna.shared.provisioning.Provisioner;
import org.openluna.shared.queues.QueueNames;
import org.openluna.shared.tables.TableNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * What runs once at start, in order: create missing tables, buckets and queues (the local stack asks
 * for it; on AWS Terraform made them), then make sure the bootstrap admin exists when one is configured.
 */
@Component
class StartupTasks implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);

    private final boolean isProvisioning;
    private final LunaSettings settings;
    private final DynamoDbClient dynamo;
    private final S3Client s3;
    private final SqsClient sqs;
    private final TableNames tables;
    private final BucketNames buckets;
    private final QueueNames queues;
    private final Accounts accounts;

    StartupTasks(@Value("${luna.provision-resources:false}") boolean isProvisioning, LunaSettings settings,
                 DynamoDbClient dynamo, S3Client s3, SqsClient sqs, TableNames tables, BucketNames buckets,
                 QueueNames queues, Accounts accounts) {
        this.isProvisioning = isProvisioning;
        this.settings = settings;
        this.dynamo = dynamo;
        this.s3 = s3;
        this.sqs = sqs;
        this.tables = tables;
        this.buckets = buckets;
        this.queues = queues;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (isProvisioning) {
            new Provisioner(dynamo, s3, sqs).ensure(tables, buckets, queues);
        }
        var login = settings.auth().bootstrapAdminLogin();
        var password = settings.auth().bootstrapAdminPassword();
        if (login != null && !login.isBlank() && password != null && !password.isBlank()) {
            var admin = accounts.ensureAdmin(login, password);
            log.info("bootstrap admin {} is account {}", admin.login(), admin.accountId());
        }
    }
}
